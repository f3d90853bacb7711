package dev.ecsim.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsim.reports.compare.Comparison;
import dev.ecsim.reports.compare.Comparison.Row;
import dev.ecsim.reports.compare.Comparison.Unit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonWriterTest {

  @TempDir Path parent;

  private static Comparison comparison(double cost) {
    return new Comparison(List.of("a", "b"), List.of(new Row("cost.totalUsd", "", "total cost", Unit.USD,
        List.of(OptionalDouble.of(cost), OptionalDouble.of(2)))));
  }

  private List<String> entries(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesCompareCsvCreatingTheDirectory() throws IOException {
    Path out = parent.resolve("deep").resolve("cmp");

    ComparisonWriter.write(comparison(1), out);

    assertThat(out.resolve("compare.csv")).hasContent("figure,a,b\ncost.totalUsd,1,2");
    assertThat(entries(out)).containsExactly("compare.csv");
  }

  @Test
  void replacesAnEarlierFileAndLeavesOtherFilesAlone() throws IOException {
    Files.createDirectories(parent.resolve("out"));
    Files.writeString(parent.resolve("out").resolve("notes.txt"), "mine");
    ComparisonWriter.write(comparison(1), parent.resolve("out"));

    ComparisonWriter.write(comparison(3), parent.resolve("out"));

    assertThat(parent.resolve("out").resolve("compare.csv")).hasContent("figure,a,b\ncost.totalUsd,3,2");
    assertThat(parent.resolve("out").resolve("notes.txt")).hasContent("mine");
    assertThat(entries(parent.resolve("out"))).containsExactly("compare.csv", "notes.txt");
  }

  @Test
  void aFailureMidwayKeepsTheEarlierFileAndLeavesNoTemporaryFile() throws IOException {
    Path out = parent.resolve("out");
    ComparisonWriter.write(comparison(1), out);

    assertThatThrownBy(() -> ReportDirectory.replaceFile(out.resolve("compare.csv"), file -> {
      Files.writeString(file, "figure,a\npartial");
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");

    assertThat(out.resolve("compare.csv")).hasContent("figure,a,b\ncost.totalUsd,1,2");
    assertThat(entries(out)).containsExactly("compare.csv");
  }

  @Test
  void aDirectoryInTheWayIsAnError() throws IOException {
    Files.createDirectories(parent.resolve("out").resolve("compare.csv"));

    assertThatThrownBy(() -> ComparisonWriter.write(comparison(1), parent.resolve("out")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is a directory");
    assertThat(entries(parent.resolve("out"))).containsExactly("compare.csv");
  }
}
