package dev.ecsim.scenario;

import dev.ecsim.scenario.SpotPriceHistory.Change;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a spot price history: a CSV file with a header {@code time,instanceType,usdPerHour} and one
 * price change a line; time is a duration from the start ({@code 90s}, {@code 6h}) or a number of
 * seconds, usdPerHour a price above 0. Each of the provider's instance types needs a line at time
 * 0, and no other type may appear; each type's times strictly increase (types may interleave).
 * Lines starting with {@code #} are comments. Problems are reported as the load trace's are
 * ({@link TraceReader}): at the scenario's value, {@code FILE:LINE: message}.
 */
final class PriceHistoryReader {
  static final List<String> COLUMNS = List.of("time", "instanceType", "usdPerHour");
  static final int MAX_PROBLEMS = 10;
  private static final Pattern SECONDS = Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");
  private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader()
      .setCommentMarker('#')
      .setIgnoreSurroundingSpaces(true)
      .setIgnoreEmptyLines(true)
      .build();

  private final Node fileNode;
  private final String file;
  private final List<String> instanceTypes;
  private int problems;

  private PriceHistoryReader(Node fileNode, String file, List<String> instanceTypes) {
    this.fileNode = fileNode;
    this.file = file;
    this.instanceTypes = instanceTypes;
  }

  /**
   * The history in {@code file} (relative to the scenario's directory) for a provider launching
   * {@code instanceTypes}, or empty after reporting why not.
   */
  static Optional<SpotPriceHistory> read(Node fileNode, String file, List<String> instanceTypes) {
    return new PriceHistoryReader(fileNode, file, List.copyOf(instanceTypes)).read();
  }

  private Optional<SpotPriceHistory> read() {
    Path path = fileNode.context().directory.resolve(file);
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      fileNode.error("no price history '" + file + "' (looked for " + path
          + "; a path is relative to the scenario file)");
      return Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      fileNode.error("cannot read price history '" + file + "': " + e.getMessage());
      return Optional.empty();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Map<String, List<Change>> byType = new LinkedHashMap<>();
    Map<String, String> previousTime = new HashMap<>();
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      if (!header(parser.getHeaderNames())) {
        return Optional.empty();
      }
      List<Integer> lineStarts = InterruptionTraceReader.lineStarts(text);
      for (CSVRecord r : parser) {
        int line = InterruptionTraceReader.line(lineStarts, r.getCharacterPosition());
        if (!r.isConsistent()) {
          error(line, "expected 3 values (time, instanceType, usdPerHour), found " + r.size());
          continue;
        }
        Optional<Long> at = time(line, r.get("time"));
        Optional<String> type = type(line, r.get("instanceType"));
        Optional<Double> price = price(line, r.get("usdPerHour"));
        if (at.isEmpty() || type.isEmpty() || price.isEmpty()) {
          continue;
        }
        List<Change> changes = byType.computeIfAbsent(type.get(), t -> new ArrayList<>());
        if (changes.isEmpty() && at.get() != 0) {
          error(line, "the first price of " + type.get() + " must be at time 0, found '" + r.get("time") + "'");
          continue;
        }
        if (!changes.isEmpty() && at.get() <= changes.get(changes.size() - 1).atMillis()) {
          error(line, "time '" + r.get("time") + "' is not after the " + type.get() + " line before it ('"
              + previousTime.get(type.get()) + "'); list each type's prices in increasing time order");
          continue;
        }
        changes.add(new Change(at.get(), price.get()));
        previousTime.put(type.get(), r.get("time"));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      fileNode.error(file + ": not valid CSV: " + e.getMessage());
      return Optional.empty();
    }
    if (problems > MAX_PROBLEMS) {
      fileNode.error(file + ": " + (problems - MAX_PROBLEMS) + " more problems not shown");
    }
    List<String> unpriced = instanceTypes.stream().filter(t -> !byType.containsKey(t)).toList();
    if (problems == 0 && !unpriced.isEmpty()) {
      fileNode.error(file + ": no price at time 0 for " + String.join(", ", unpriced)
          + "; each of the provider's instanceTypes (" + String.join(", ", instanceTypes) + ") needs one");
      return Optional.empty();
    }
    return problems == 0 ? Optional.of(new SpotPriceHistory(file, byType)) : Optional.empty();
  }

  private boolean header(List<String> names) {
    if (names.isEmpty()) {
      fileNode.error(file + ": empty; a price history starts with the header line: " + String.join(",", COLUMNS));
      return false;
    }
    List<String> unknown = names.stream().filter(n -> !COLUMNS.contains(n)).toList();
    List<String> missing = COLUMNS.stream().filter(c -> !names.contains(c)).toList();
    if (!unknown.isEmpty() || !missing.isEmpty()) {
      String found = unknown.isEmpty() ? "" : "; unknown column " + Names.quoted(unknown)
          + (unknown.size() == 1 ? Names.didYouMean(unknown.get(0), COLUMNS) : "");
      error(1, "the header must name the columns time, instanceType and usdPerHour, found "
          + String.join(",", names) + found);
      return false;
    }
    return true;
  }

  private Optional<Long> time(int line, String value) {
    try {
      if (SECONDS.matcher(value).matches()) {
        return Optional.of(Math.round(Double.parseDouble(value) * 1000));
      }
      return Optional.of(Quantities.durationMillis(value));
    } catch (IllegalArgumentException e) {
      error(line, "time '" + value + "' is not a duration (90s, 6h) or a number of seconds");
      return Optional.empty();
    }
  }

  private Optional<String> type(int line, String value) {
    if (!instanceTypes.isEmpty() && !instanceTypes.contains(value)) {
      error(line, "instance type '" + value + "' is not one the provider launches (valid: "
          + String.join(", ", instanceTypes) + ")" + Names.didYouMean(value, instanceTypes));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private Optional<Double> price(int line, String value) {
    double usd = NUMBER.matcher(value).matches() ? Double.parseDouble(value) : Double.NaN;
    if (!(usd > 0) || Double.isInfinite(usd)) {
      error(line, "usdPerHour '" + value + "' is not a price; expected USD per hour above 0, e.g. 0.0384");
      return Optional.empty();
    }
    return Optional.of(usd);
  }

  private void error(int line, String message) {
    problems++;
    if (problems <= MAX_PROBLEMS) {
      fileNode.error(file + ":" + line + ": " + message);
    }
  }
}
