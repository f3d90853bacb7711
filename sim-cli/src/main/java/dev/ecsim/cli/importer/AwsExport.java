package dev.ecsim.cli.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every {@code *.json} file of some folders, sorted by the AWS CLI command that printed it. A file
 * that is no JSON, or JSON of no known shape, is reported and skipped: a folder of saved outputs
 * often holds other things too.
 */
final class AwsExport {
  /** One saved output: the file, and its parsed content. */
  record Saved(Path file, JsonNode root) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  /** AWS refuses a task definition over 64 KiB; a month of minutes is about 2 MB. Bounds a stray file. */
  private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private final Map<AwsShape, List<Saved>> byShape = new EnumMap<>(AwsShape.class);
  private final List<String> skipped = new ArrayList<>();

  static AwsExport read(List<Path> folders) throws IOException {
    AwsExport export = new AwsExport();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        throw new IOException(folder + ": not a folder");
      }
      List<Path> files;
      try (Stream<Path> list = Files.list(folder)) {
        files = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
      }
      for (Path file : files) {
        export.add(file);
      }
    }
    return export;
  }

  private void add(Path file) throws IOException {
    if (Files.size(file) > MAX_FILE_BYTES) {
      skipped.add(file + ": larger than 64 MiB; skipped");
      return;
    }
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      skipped.add(file + ": not JSON (" + e.getOriginalMessage() + "); skipped");
      return;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    AwsShape.of(root).ifPresentOrElse(
        shape -> byShape.computeIfAbsent(shape, s -> new ArrayList<>()).add(new Saved(file, root)),
        () -> skipped.add(file + ": not the output of an AWS CLI command ecsim import reads; skipped"));
  }

  List<Saved> files(AwsShape shape) {
    return byShape.getOrDefault(shape, List.of());
  }

  /** The members of every file of a shape's list, e.g. all services of all describe-services files. */
  List<JsonNode> items(AwsShape shape) {
    List<JsonNode> items = new ArrayList<>();
    for (Saved saved : files(shape)) {
      // A --metric-data-queries file is the list itself; every other output holds it under its key.
      (saved.root().isArray() ? saved.root() : saved.root().get(shape.key)).forEach(items::add);
    }
    return items;
  }

  List<String> skipped() {
    return skipped;
  }

  boolean isEmpty() {
    return byShape.isEmpty();
  }
}
