package dev.ecsim.reports.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.ecsim.metrics.PlacementExplanation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code placements.jsonl}: one JSON object per placement decision, one per line, in the order the
 * decisions were taken (JSON Lines, so a reader can stream a long run with jq or pandas).
 */
public final class PlacementsJsonlWriter {
  private PlacementsJsonlWriter() {}

  private static final ObjectWriter WRITER = new ObjectMapper().registerModule(new Jdk8Module()).writer();

  public static void write(List<PlacementExplanation> placements, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (PlacementExplanation p : placements) {
        out.write(WRITER.writeValueAsString(p));
        out.write('\n');
      }
    }
  }
}
