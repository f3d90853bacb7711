package dev.ecsim.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecsim.metrics.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  @TempDir Path parent;

  private Path out() {
    return parent.resolve("etl-on-ec2");
  }

  private List<String> parentEntries() throws IOException {
    try (Stream<Path> entries = Files.list(parent)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesEveryFileOfTheContract() throws IOException {
    ReportWriter.write(
        Fixtures.run("FIRST-RUN"), Fixtures.tasks(), Fixtures.summaries(), Fixtures.facts(), out(), new ReportOptions(true));

    assertThat(out().resolve("summary.json")).isRegularFile();
    assertThat(out().resolve("timeseries.csv")).isRegularFile();
    assertThat(out().resolve("tasks.csv")).isRegularFile();
    assertThat(out().resolve("events.csv")).isRegularFile();
    assertThat(out().resolve("report.html")).isRegularFile();
    for (String chart :
        List.of(
            "cumulative-cost",
            "cost-rate",
            "cluster-reservation",
            "instances",
            "capacity-provider-reservation",
            "start-latency",
            "job-queue",
            "services-cpu-utilization",
            "service-web")) {
      assertThat(out().resolve("charts").resolve(chart + ".png")).isNotEmptyFile();
      assertThat(out().resolve("charts").resolve(chart + ".svg")).isNotEmptyFile();
    }
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(out().resolve("summary.json").toFile()))
        .isEqualTo(mapper.readTree(mapper.writeValueAsBytes(Fixtures.summaryJson())));
    assertThat(Files.readString(out().resolve("report.html")))
        .contains("data:image/png;base64,")
        .contains("Cumulative cost by capacity provider");
    assertThat(Files.readAllLines(out().resolve("tasks.csv"))).hasSize(4);
    assertThat(parentEntries()).containsExactly("etl-on-ec2");
  }

  @Test
  void withoutChartsThereIsNoChartsDirectory() throws IOException {
    ReportWriter.write(
        Fixtures.run("d"), Fixtures.tasks(), Fixtures.summaries(), Fixtures.facts(), out(), new ReportOptions(false));

    assertThat(out().resolve("charts")).doesNotExist();
    assertThat(Files.readString(out().resolve("report.html"))).doesNotContain("data:image/png");
  }

  @Test
  void aSecondWriteReplacesTheFirstAndLeavesNoTemporaryDirectory() throws IOException {
    ReportWriter.write(
        Fixtures.run("FIRST-RUN"), Fixtures.tasks(), Fixtures.summaries(), Fixtures.facts(), out(), new ReportOptions(true));
    ReportWriter.write(
        Fixtures.run("SECOND-RUN"), Fixtures.tasks(), Fixtures.summaries(), Fixtures.facts(), out(), new ReportOptions(false));

    assertThat(Files.readString(out().resolve("report.html")))
        .contains("SECOND-RUN")
        .doesNotContain("FIRST-RUN");
    assertThat(out().resolve("charts")).doesNotExist();
    assertThat(parentEntries()).containsExactly("etl-on-ec2");
  }

  @Test
  void createsMissingParentDirectories() throws IOException {
    Path nested = parent.resolve("out").resolve("deep").resolve("run");

    ReportWriter.write(
        Fixtures.run("d"), Fixtures.tasks(), Fixtures.summaries(), Fixtures.facts(), nested, new ReportOptions(false));

    assertThat(nested.resolve("summary.json")).isRegularFile();
  }

  @Test
  void aFailureMidwayKeepsThePreviousReportAndRemovesTheTemporaryDirectory() throws IOException {
    ReportWriter.write(
        Fixtures.run("FIRST-RUN"), Fixtures.tasks(), Fixtures.summaries(), Fixtures.facts(), out(), new ReportOptions(false));
    byte[] before = Files.readAllBytes(out().resolve("report.html"));

    assertThatThrownBy(
            () ->
                ReportWriter.write(
                    out(),
                    dir -> {
                      Files.writeString(dir.resolve("summary.json"), "{\"partial\": true}");
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");

    assertThat(Files.readAllBytes(out().resolve("report.html"))).isEqualTo(before);
    assertThat(Files.readString(out().resolve("summary.json"), StandardCharsets.UTF_8))
        .doesNotContain("partial");
    assertThat(parentEntries()).containsExactly("etl-on-ec2");
  }

  @Test
  void aWriterThatThrowsOnBadDataAlsoLeavesThePreviousReport() throws IOException {
    ReportWriter.write(
        Fixtures.run("FIRST-RUN"), Fixtures.tasks(), Fixtures.summaries(), Fixtures.facts(), out(), new ReportOptions(false));
    // A run without a time series: the time-series CSV writer fails after summary.json is written.
    RunResult broken =
        new RunResult("etl-on-ec2", "broken", Fixtures.summary(), null, Fixtures.noTasks(), List.of(), List.of());

    assertThatThrownBy(
            () ->
                ReportWriter.write(
        broken, Fixtures.tasks(), Fixtures.summaries(), Fixtures.facts(), out(), new ReportOptions(true)))
        .isInstanceOf(NullPointerException.class);

    assertThat(Files.readString(out().resolve("report.html"))).contains("FIRST-RUN");
    assertThat(parentEntries()).containsExactly("etl-on-ec2");
  }

  @Test
  void refusesToReplaceADirectoryThatIsNotAReport() throws IOException {
    Files.createDirectories(out());
    Files.writeString(out().resolve("notes.txt"), "mine");

    assertThatThrownBy(
            () ->
                ReportWriter.write(
        Fixtures.run("d"), Fixtures.tasks(), Fixtures.summaries(), Fixtures.facts(), out(), new ReportOptions(false)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("notes.txt");

    assertThat(out().resolve("notes.txt")).hasContent("mine");
    assertThat(parentEntries()).containsExactly("etl-on-ec2");
  }

  @Test
  void aReportSomeoneBrowsedWithFinderIsStillReplaced() throws IOException {
    ReportWriter.write(
        Fixtures.run("FIRST-RUN"), Fixtures.tasks(), Fixtures.summaries(), Fixtures.facts(), out(), new ReportOptions(false));
    Files.writeString(out().resolve(".DS_Store"), "finder");

    ReportWriter.write(
        Fixtures.run("SECOND-RUN"), Fixtures.tasks(), Fixtures.summaries(), Fixtures.facts(), out(), new ReportOptions(false));

    assertThat(out().resolve(".DS_Store")).doesNotExist();
    assertThat(Files.readString(out().resolve("report.html"))).contains("SECOND-RUN");
  }

  @Test
  void anEmptyExistingDirectoryIsReplaced() throws IOException {
    Files.createDirectories(out());

    ReportWriter.write(
        Fixtures.run("d"), Fixtures.tasks(), Fixtures.summaries(), Fixtures.facts(), out(), new ReportOptions(false));

    assertThat(out().resolve("summary.json")).isRegularFile();
  }
  private void write(String marker, boolean charts) throws IOException {
    ReportWriter.write(Fixtures.run(marker), Fixtures.tasks(), Fixtures.summaries(), Fixtures.facts(), out(), new ReportOptions(charts));
  }

  @Test
  void aFileSomeoneAddedUnderChartsIsNeverDeleted() throws IOException {
    // Only the top level was checked, and charts/ was replaced whole: notes.txt was lost.
    write("FIRST-RUN", true);
    Files.writeString(out().resolve("charts/notes.txt"), "mine");

    assertThatThrownBy(() -> write("SECOND-RUN", true)).isInstanceOf(IOException.class)
        .hasMessageContaining("charts/notes.txt").hasMessageContaining("ecsim did not write");

    assertThat(out().resolve("charts/notes.txt")).hasContent("mine");
    assertThat(Files.readString(out().resolve("report.html"))).contains("FIRST-RUN");
  }

  @Test
  void theManifestListsWhatTheRunWroteAndLetsTheNextRunReplaceIt() throws IOException {
    write("FIRST-RUN", true);
    List<String> manifest = Files.readAllLines(out().resolve(ReportDirectory.MANIFEST));
    assertThat(manifest).contains("summary.json", "tasks.csv", "report.html").anyMatch(f -> f.startsWith("charts/"))
        .isSorted();

    write("SECOND-RUN", false);

    assertThat(out().resolve("charts")).doesNotExist();
    assertThat(Files.readString(out().resolve("report.html"))).contains("SECOND-RUN");
  }

  @Test
  void aSymbolicLinkAsTheOutputIsRefusedAndItsTargetNamed() throws IOException {
    // It was told "exists and is not a directory", which a link to a directory is not.
    Path real = Files.createDirectories(out().resolveSibling("real"));
    Files.createSymbolicLink(out(), real);

    assertThatThrownBy(() -> write("RUN", false)).isInstanceOf(IOException.class)
        .hasMessage(out().toAbsolutePath().normalize() + " is a symbolic link (to " + real + "); give the directory "
            + "it points to, or another output directory");
    assertThat(real).isEmptyDirectory();
  }

  @Test
  void aManifestOfMoreThanOneMebibyteIsNotTrusted() throws IOException {
    // A report lists a few hundred short names; a list past 1 MiB was not written by ecsim (and a
    // file of gigabytes under that name would be read whole). The directory is then judged by its
    // top-level names, and mine.txt is not one of the report's.
    write("FIRST-RUN", false);
    Files.writeString(out().resolve("mine.txt"), "mine");
    Files.writeString(out().resolve(ReportDirectory.MANIFEST), "mine.txt\n" + "x\n".repeat(600_000));

    assertThatThrownBy(() -> write("SECOND-RUN", false)).isInstanceOf(IOException.class)
        .hasMessageContaining("mine.txt").hasMessageContaining("ecsim did not write");
    assertThat(out().resolve("mine.txt")).hasContent("mine");
  }

  @Test
  void aReportFromBeforeManifestsIsReplacedWhenItsChartsAreImagesOnly() throws IOException {
    Files.createDirectories(out().resolve("charts"));
    Files.writeString(out().resolve("summary.json"), "{}");
    Files.writeString(out().resolve("charts/cumulative-cost.png"), "png");
    write("NEW", false);
    assertThat(Files.readString(out().resolve("report.html"))).contains("NEW");

    Files.createDirectories(out().resolve("charts/drafts"));
    assertThatThrownBy(() -> write("AGAIN", false)).isInstanceOf(IOException.class).hasMessageContaining("charts/");
  }

  @Test
  void aKilledRunsTemporaryDirectoryIsRemovedByTheNextRunUnlessItHoldsForeignFiles() throws IOException {
    Path partial = parent.resolve(".etl-on-ec2.tmp-abc123");
    Files.createDirectories(partial.resolve("charts"));
    Files.writeString(partial.resolve("tasks.csv"), "taskId\n");
    Files.writeString(partial.resolve("charts/instances.png"), "png");
    Path foreign = parent.resolve(".etl-on-ec2.tmp-zzz");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("diary.txt"), "mine");

    write("RUN", false);

    assertThat(partial).doesNotExist();
    assertThat(foreign.resolve("diary.txt")).hasContent("mine");
    assertThat(parentEntries()).containsExactly(".etl-on-ec2.tmp-zzz", "etl-on-ec2");
  }
}
