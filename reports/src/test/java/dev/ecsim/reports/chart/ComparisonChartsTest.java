package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.reports.Fixtures;
import dev.ecsim.reports.compare.Comparison;
import dev.ecsim.reports.compare.RowSubject;
import dev.ecsim.reports.compare.ComparisonReport;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ComparisonChartsTest {

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir static Path dir;
  private static List<ComparisonCharts.Drawn> drawn;

  /** The fixture summary at another total cost. */
  private static Summary costing(double usd) {
    Summary s = Fixtures.summary();
    return new Summary(s.schemaVersion(), s.scenario(), s.seed(), s.replications(), s.horizonSeconds(), s.events(),
        new Summary.Cost(usd, s.cost().byCapacityProvider(), s.cost().byService(),
            s.cost().byPurchaseOption()), s.cluster(), s.tasks(), s.services(), s.jobs(), s.spot(), s.startLatency());
  }

  /** Two columns of three replications, both with the fixture's service web and job etl. */
  static ComparisonReport report(TimeSeries first, TimeSeries second) {
    Comparison c = Comparison.replicated(List.of("on-ec2", "on-fargate"), List.of(
        List.of(costing(10), costing(12), costing(14)), List.of(costing(11), costing(11.5), costing(12.5))));
    return new ComparisonReport(c, 42, 240_000, List.of(first, second));
  }

  @BeforeAll
  static void drawEveryChartOnce() throws IOException {
    drawn = ComparisonCharts.draw(report(Fixtures.series(), Fixtures.series()), ChartStyle.standard());
    for (ComparisonCharts.Drawn d : drawn) {
      ChartFiles.write(d.chart(), ChartStyle.standard(), dir, d.fileName());
    }
  }

  @Test
  void everyChartIsDrawnForScenariosSharingAServiceAndAJob() {
    assertThat(drawn).extracting(ComparisonCharts.Drawn::fileName).containsExactly(
        "compare-total-cost", "compare-cumulative-cost", "compare-cpu-reservation",
        "compare-service-running-web", "compare-service-unserved-web", "compare-service-below-desired-web",
        "compare-job-wait-p95-etl");
    assertThat(drawn).extracting(ComparisonCharts.Drawn::group).containsExactly(
        "Cost and cluster", "Cost and cluster", "Cost and cluster", "Service web", "Service web", "Service web",
        "Job etl");
    assertThat(drawn.get(0).title()).isEqualTo("Total cost (mean and 95% CI of 3 replications)");
  }

  @Test
  void pngsAreNonEmptyImagesOfTheStyleSizeAndSvgsParse() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    for (ComparisonCharts.Drawn d : drawn) {
      Path png = dir.resolve(d.fileName() + ".png");
      assertThat(Arrays.copyOf(Files.readAllBytes(png), 8)).as(d.fileName()).isEqualTo(PNG_MAGIC);
      var image = ImageIO.read(png.toFile());
      assertThat(image.getWidth()).as(d.fileName()).isEqualTo(1000);
      assertThat(image.getHeight()).as(d.fileName()).isEqualTo(500);
      Document svg = factory.newDocumentBuilder().parse(dir.resolve(d.fileName() + ".svg").toFile());
      assertThat(svg.getDocumentElement().getLocalName()).as(d.fileName()).isEqualTo("svg");
      assertThat(svg.getElementsByTagNameNS("*", "path").getLength()).as(d.fileName()).isPositive();
    }
  }

  @Test
  void theCostBarsCarryTheHalfWidthsAsErrorBars() {
    XYPlot plot = drawn.get(0).chart().getXYPlot();
    IntervalXYDataset errors = (IntervalXYDataset) plot.getDataset(1);

    // on-ec2: 12 +- 4.968275; on-fargate: 11.666667 +- 1.897292 (see ReplicatedComparisonTest)
    assertThat(errors.getSeriesCount()).isEqualTo(2);
    assertThat(errors.getYValue(0, 0)).isCloseTo(12, within(1e-6));
    assertThat(errors.getStartYValue(0, 0)).isCloseTo(12 - 4.968275, within(1e-6));
    assertThat(errors.getEndYValue(1, 0)).isCloseTo(11.666667 + 1.897292, within(1e-6));
    assertThat(plot.getDataset(0).getSeriesCount()).isEqualTo(2);
  }

  @Test
  void withOneReplicationThereAreNoErrorBars() {
    Comparison c = Comparison.of(List.of("a", "b"), List.of(costing(1), costing(2)));
    List<ComparisonCharts.Drawn> single = ComparisonCharts.draw(
        new ComparisonReport(c, 42, 240_000, List.of(Fixtures.series(), Fixtures.series())), ChartStyle.standard());

    XYPlot plot = single.get(0).chart().getXYPlot();
    assertThat(single.get(0).title()).isEqualTo("Total cost");
    assertThat(plot.getDataset(0).getSeriesCount()).isEqualTo(2);
    assertThat(plot.getDataset(1).getSeriesCount()).isZero();
  }

  @Test
  void barsAreClippedAtZeroAndAMissingFigureKeepsItsPlace() {
    Comparison.Row row = new Comparison.Row("services.web.unservedRequestPct", new RowSubject.Service("web"),
        "service web", "requests unserved",
        Comparison.Unit.PERCENT, List.of(OptionalDouble.of(12), OptionalDouble.empty(), OptionalDouble.of(0.2)),
        List.of(OptionalDouble.of(4.968275), OptionalDouble.empty(), OptionalDouble.of(0.5)));

    List<ComparisonBarChart.Bar> bars = ComparisonBarChart.bars(row);

    assertThat(bars).containsExactly(
        new ComparisonBarChart.Bar(0, 12, Optional.of(new ComparisonBarChart.Interval(12 - 4.968275, 16.968275))),
        new ComparisonBarChart.Bar(2, 0.2, Optional.of(new ComparisonBarChart.Interval(0, 0.7))));
  }

  @Test
  void aScenarioWithoutInstancesHasNoReservationLinesAndColoursFollowTheColumns() {
    TimeSeries fargateOnly = new TimeSeries(List.of(SeriesNames.cumulativeCost("FARGATE"), SeriesNames.CPU_RESERVATION_PCT,
        SeriesNames.CPU_UTILIZATION_PCT));
    for (int i = 0; i < 5; i++) {
      // As a run records it: 0 % of no registered capacity.
      fargateOnly.addRow(i * 60_000L, new double[] {0.001 * i, 0, 0});
    }
    ChartStyle style = ChartStyle.standard();

    JFreeChart chart = ComparisonReservationChart.build(List.of("fargate", "ec2"),
        List.of(fargateOnly, Fixtures.series()), style).orElseThrow();

    var data = chart.getXYPlot().getDataset();
    assertThat(data.getSeriesCount()).isEqualTo(2);
    // JFreeChart's series key is a raw Comparable: compared as an Object, no unchecked call.
    assertThat((Object) data.getSeriesKey(0)).isEqualTo("ec2 reservation");
    assertThat((Object) data.getSeriesKey(1)).isEqualTo("ec2 utilization");
    assertThat((Color) chart.getXYPlot().getRenderer().getSeriesPaint(0)).isEqualTo(style.color(1));
    assertThat(ComparisonReservationChart.build(List.of("fargate"), List.of(fargateOnly), style)).isEmpty();
  }

  @Test
  void aWeekIsDownsampledAndPlottedInDays() {
    TimeSeries week = Fixtures.longSeries(7 * 24 * 60 + 1);
    ChartStyle style = ChartStyle.standard();

    JFreeChart chart = ComparisonCumulativeCostChart.build(List.of("a", "b"), List.of(week, week), style)
        .orElseThrow();

    var data = chart.getXYPlot().getDataset();
    assertThat(chart.getXYPlot().getDomainAxis().getLabel()).isEqualTo("days since start");
    assertThat(data.getItemCount(0)).isLessThanOrEqualTo(style.maxPoints());
    int last = data.getItemCount(0) - 1;
    // The total of od, spot and FARGATE at the end: cost (1 + 1/3 + 1/6) with cost = 0.003 x 10,081.
    assertThat(data.getYValue(0, last)).isCloseTo(0.003 * 10_081 * 1.5, within(1e-9));
    assertThat(data.getXValue(0, last)).isCloseTo(7.0, within(0.01));
  }

  @Test
  void theServiceChartHasOneStepLinePerScenario() {
    List<String> columns = new ArrayList<>(List.of("a", "b"));
    JFreeChart chart = ComparisonServiceChart.build(columns, List.of(Fixtures.series(), Fixtures.series()), "web",
        ChartStyle.standard()).orElseThrow();

    var data = chart.getXYPlot().getDataset();
    assertThat(chart.getTitle().getText()).isEqualTo("Service web: running tasks");
    // Running 0, 2, 2, 4, 3 at 0..4 min held as steps: 2 x 5 - 1 points.
    assertThat(data.getItemCount(1)).isEqualTo(9);
    assertThat(data.getYValue(1, 8)).isEqualTo(3);
    assertThat(ComparisonServiceChart.build(columns, List.of(Fixtures.series(), Fixtures.series()), "api",
        ChartStyle.standard())).isEmpty();
  }
}
