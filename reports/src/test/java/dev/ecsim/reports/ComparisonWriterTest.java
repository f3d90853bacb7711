package dev.ecsim.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsim.reports.compare.Comparison;
import dev.ecsim.reports.compare.RowSubject;
import dev.ecsim.reports.compare.Comparison.Row;
import dev.ecsim.reports.compare.Comparison.Unit;
import dev.ecsim.reports.compare.ComparisonReport;
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

  private static ComparisonReport report(double cost) {
    Comparison c = new Comparison(List.of("a", "b"), List.of(new Row("cost.totalUsd", RowSubject.CLUSTER,
        "", "total cost", Unit.USD,
        List.of(OptionalDouble.of(cost), OptionalDouble.of(2)))));
    return new ComparisonReport(c, 7, 240_000, List.of(Fixtures.series(), Fixtures.series()));
  }

  private List<String> entries(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesCompareCsvHtmlAndChartsCreatingTheDirectory() throws IOException {
    Path out = parent.resolve("deep").resolve("cmp");

    ComparisonWriter.write(report(1), out);

    assertThat(out.resolve("compare.csv")).hasContent("figure,a,b\ncost.totalUsd,1,2");
    assertThat(entries(out)).containsExactly("charts", "compare.csv", "compare.html");
    assertThat(entries(out.resolve("charts"))).containsExactly(
        "compare-cpu-reservation.png", "compare-cpu-reservation.svg",
        "compare-cumulative-cost.png", "compare-cumulative-cost.svg",
        "compare-total-cost.png", "compare-total-cost.svg");
    assertThat(Files.readString(out.resolve("compare.html")))
        .contains("<figure id=\"chart-compare-total-cost\">")
        .contains("<li>cheapest: a ($1.00)</li>");
  }

  @Test
  void replacesEarlierFilesAndLeavesOtherFilesAlone() throws IOException {
    Path out = Files.createDirectories(parent.resolve("out"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    Path charts = Files.createDirectories(out.resolve("charts"));
    Files.writeString(charts.resolve("instances.png"), "a run's chart");
    ComparisonWriter.write(report(1), out);
    // An earlier compare of scenarios with a service these lack.
    Files.writeString(charts.resolve("compare-service-running-gone.png"), "stale");

    ComparisonWriter.write(report(3), out);

    assertThat(out.resolve("compare.csv")).hasContent("figure,a,b\ncost.totalUsd,3,2");
    assertThat(out.resolve("notes.txt")).hasContent("mine");
    assertThat(charts.resolve("instances.png")).hasContent("a run's chart");
    assertThat(charts.resolve("compare-service-running-gone.png")).doesNotExist();
    assertThat(entries(out)).containsExactly("charts", "compare.csv", "compare.html", "notes.txt");
    assertThat(entries(charts)).contains("instances.png", "compare-total-cost.png").hasSize(7);
  }

  @Test
  void aFailureMidwayKeepsTheEarlierFileAndLeavesNoTemporaryFile() throws IOException {
    Path out = parent.resolve("out");
    ComparisonWriter.write(report(1), out);

    assertThatThrownBy(() -> ReportDirectory.replaceFile(out.resolve("compare.csv"), file -> {
      Files.writeString(file, "figure,a\npartial");
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");

    assertThat(out.resolve("compare.csv")).hasContent("figure,a,b\ncost.totalUsd,1,2");
    assertThat(entries(out)).containsExactly("charts", "compare.csv", "compare.html");
  }

  @Test
  void aDirectoryInTheWayIsAnErrorBeforeAnythingIsWritten() throws IOException {
    Files.createDirectories(parent.resolve("out").resolve("compare.html"));

    assertThatThrownBy(() -> ComparisonWriter.write(report(1), parent.resolve("out")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is a directory");
    assertThat(entries(parent.resolve("out"))).containsExactly("compare.html");
  }
}
