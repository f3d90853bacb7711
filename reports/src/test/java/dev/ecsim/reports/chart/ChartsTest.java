package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.reports.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {

  @TempDir static Path dir;
  private static List<Charts.Drawn> drawn;
  private static List<String> written;

  @BeforeAll
  static void renderAllChartsOnce() throws IOException {
    drawn = Charts.renderAll(Fixtures.run("d"), dir, ChartStyle.standard());
    written = drawn.stream().map(Charts.Drawn::fileName).toList();
  }

  @Test
  void everyChartIsWrittenForARunWithAllSeries() {
    assertThat(written)
        .containsExactly(
            "cumulative-cost",
            "cost-rate",
            "cost-by-service",
            "cluster-reservation",
            "instances",
            "capacity-provider-reservation",
            "start-latency",
            "job-queue",
            "job-wait-etl",
            "services-cpu-utilization",
            "service-web");
  }

  /**
   * A real run draws what the fixture cannot: an instance timeline (its event log names the
   * instances), and a wait histogram for each of its two jobs.
   */
  @Test
  void aRealRunAlsoGetsTheInstanceTimelineAndAWaitHistogramPerJob() throws Exception {
    Path real = Files.createDirectory(dir.resolve("real"));

    List<String> names =
        Charts.renderAll(RealRun.get(), real, ChartStyle.standard()).stream()
            .map(Charts.Drawn::fileName)
            .toList();

    assertThat(names)
        .containsSubsequence(
            "cost-rate",
            "cost-by-service",
            "cluster-reservation",
            "instances",
            "instance-timeline",
            "capacity-provider-reservation",
            "start-latency",
            "job-queue",
            "job-wait-etl",
            "job-wait-report",
            "service-web");
    assertPngsOfTheStyleSize(real, names);
    assertSvgsParse(real, names);
  }

  @Test
  void pngsAreNonEmptyImagesOfTheStyleSize() throws Exception {
    assertPngsOfTheStyleSize(dir, written);
  }

  private static void assertPngsOfTheStyleSize(Path folder, List<String> names) throws Exception {
    for (String name : names) {
      ChartFileAssertions.assertPng(folder.resolve(name + ".png"));
    }
  }

  @Test
  void svgsParseAsXmlWithAnSvgRoot() throws Exception {
    assertSvgsParse(dir, written);
  }

  private static void assertSvgsParse(Path folder, List<String> names) throws Exception {
    for (String name : names) {
      ChartFileAssertions.assertSvg(folder.resolve(name + ".svg"));
    }
  }

  @Test
  void svgIsTheSameBytesForTheSameSeries() throws IOException {
    Path again = Files.createDirectory(dir.resolve("again"));
    ChartFiles.write(
        Charts.INSTANCES.build(Fixtures.run("d"), ChartStyle.standard()).orElseThrow(),
        ChartStyle.standard(),
        again,
        "instances");

    assertThat(again.resolve("instances.svg")).hasSameBinaryContentAs(dir.resolve("instances.svg"));
  }

  @Test
  void chartsWithoutTheirColumnsAreSkipped() {
    TimeSeries costOnly = new TimeSeries(List.of(SeriesNames.cumulativeCost("od")));
    costOnly.addRow(0, new double[] {0});
    costOnly.addRow(60_000, new double[] {1});
    RunResult run = Fixtures.run(costOnly, List.of(Fixtures.waitingTask("t-1")));

    // Cost by service plots the summary's split, which the fixture has, not a column; the job's
    // wait histogram plots its tasks (one, still waiting at the end), not a column either.
    for (Charts chart : Charts.values()) {
      assertThat(chart.build(run, ChartStyle.standard()))
          .as(chart.fileName())
          .matches(
              built ->
                  built.isPresent()
                      == (chart == Charts.CUMULATIVE_COST || chart == Charts.COST_BY_SERVICE
                          || chart == Charts.JOB_WAIT));
    }
  }

  @Test
  void percentAxisReachesAboveHundredOnlyWhenTheDataDoes() {
    // The fixture's CPU utilization peaks at 104.2%.
    JFreeChart chart =
        Charts.CLUSTER_RESERVATION.build(Fixtures.run("d"), ChartStyle.standard()).orElseThrow();
    ValueAxis y = chart.getXYPlot().getRangeAxis();

    assertThat(y.getLowerBound()).isZero();
    assertThat(y.getUpperBound()).isEqualTo(110);
  }

  @Test
  void aWeekLongRunIsDownsampledAndPlottedInDays() {
    TimeSeries week = Fixtures.longSeries(7 * 24 * 60 + 1);
    ChartStyle style = ChartStyle.standard();

    JFreeChart chart =
        Charts.CUMULATIVE_COST.build(Fixtures.run(week, List.of()), style).orElseThrow();

    assertThat(chart.getXYPlot().getDomainAxis().getLabel()).isEqualTo("days since start");
    assertThat(chart.getXYPlot().getDataset().getItemCount(0))
        .isLessThanOrEqualTo(style.maxPoints());
    assertThat(
            chart
                .getXYPlot()
                .getDataset()
                .getXValue(0, chart.getXYPlot().getDataset().getItemCount(0) - 1))
        .isCloseTo(7.0, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void stackedCostsTopOutAtTheTotalBill() {
    // Fixture at 4 min: od 0.016 + spot 0.004.
    var data =
        Charts.CUMULATIVE_COST
            .build(Fixtures.run("d"), ChartStyle.standard())
            .orElseThrow()
            .getXYPlot()
            .getDataset();
    int last = data.getItemCount(1) - 1;

    assertThat(data.getSeriesKey(0).toString()).isEqualTo("od");
    assertThat(data.getYValue(0, last)).isEqualTo(0.016);
    assertThat(data.getYValue(1, last))
        .isCloseTo(0.020, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void drawnChartsCarryTheirTitleAndSectionForTheReport() {
    assertThat(drawn)
        .filteredOn(d -> d.family().section() == Charts.Section.SERVICES)
        .extracting(Charts.Drawn::fileName, Charts.Drawn::title)
        .containsExactly(
            tuple("services-cpu-utilization", "Service CPU utilization"),
            tuple("service-web", "Service web: tasks, offered load and scaling"));
    assertThat(drawn.get(0).title()).isEqualTo("Cumulative cost by capacity provider");
    assertThat(Charts.CUMULATIVE_COST.section()).isEqualTo(Charts.Section.RUN);
  }

  @Test
  void chartsDrawnOnSeveralThreadsAreTheFilesOneThreadWrites(@TempDir Path one, @TempDir Path four)
      throws IOException {
    List<Charts.Drawn> serial = Charts.renderAll(RealRun.get(), one, ChartStyle.standard(), 1);
    List<Charts.Drawn> parallel = Charts.renderAll(RealRun.get(), four, ChartStyle.standard(), 4);

    assertThat(parallel).extracting(Charts.Drawn::fileName)
        .isEqualTo(serial.stream().map(Charts.Drawn::fileName).toList());
    try (var files = Files.list(one)) {
      for (Path file : files.sorted().toList()) {
        assertThat(Files.readAllBytes(four.resolve(file.getFileName())))
            .as(file.getFileName().toString()).isEqualTo(Files.readAllBytes(file));
      }
    }
  }
}
