package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsim.reports.sweep.Sweep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepFigureChartTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A summary with a total cost and its half-width. */
  private static ObjectNode cost(double usd, double half) {
    ObjectNode s = JSON.createObjectNode();
    s.putObject("cost").put("totalUsd", usd);
    s.putObject("ci95HalfWidth").putObject("cost").put("totalUsd", half);
    return s;
  }

  /** Two parameters a in {a0, a1} and b in {b0, b1, b2}; cost = 10 a + b, half-width 1 everywhere. */
  private static Sweep twoByThree() {
    List<Sweep.Point> points = new ArrayList<>();
    for (int a = 0; a < 2; a++) {
      for (int b = 0; b < 3; b++) {
        points.add(new Sweep.Point(List.of(a, b), cost(10 * a + b, 1)));
      }
    }
    return new Sweep(List.of(new Sweep.Parameter("a", List.of("a0", "a1")),
        new Sweep.Parameter("b", List.of("b0", "b1", "b2"))), 3, points);
  }

  @Test
  void withTwoParametersOneLinePerValueOfTheOther() {
    List<SweepFigureChart.Line> lines = SweepFigureChart.lines(twoByThree(), SweepFigure.TOTAL_COST, 1);

    assertThat(lines).extracting(SweepFigureChart.Line::label).containsExactly("a = a0", "a = a1");
    assertThat(lines.get(1).estimates()).extracting(SweepFigureChart.Estimate::mean).containsExactly(10.0, 11.0, 12.0);
    assertThat(lines.get(1).estimates()).extracting(SweepFigureChart.Estimate::halfWidth).containsOnly(1.0);
    assertThat(SweepFigureChart.title(twoByThree(), SweepFigure.TOTAL_COST, 1)).contains("one line per a").contains("3 replications");
  }

  @Test
  void withThreeParametersOneLineAveragedOverTheOthers() {
    List<Sweep.Point> points = new ArrayList<>();
    for (Sweep.Point p : twoByThree().points()) {
      for (int c = 0; c < 2; c++) {
        List<Integer> idx = new ArrayList<>(p.valueIndexes());
        idx.add(c);
        points.add(new Sweep.Point(idx, cost(p.summary().at("/cost/totalUsd").asDouble() + 100 * c, 1)));
      }
    }
    List<Sweep.Parameter> params = new ArrayList<>(twoByThree().parameters());
    params.add(new Sweep.Parameter("c", List.of("c0", "c1")));
    Sweep sweep = new Sweep(params, 3, points);

    List<SweepFigureChart.Line> lines = SweepFigureChart.lines(sweep, SweepFigure.TOTAL_COST, 0);

    assertThat(lines).hasSize(1);
    // a0: mean of b in {0,1,2} and c in {0,100} = 1 + 50; a1: 61. Six independent half-widths of 1:
    // sqrt(6) / 6.
    assertThat(lines.get(0).estimates()).extracting(SweepFigureChart.Estimate::mean).containsExactly(51.0, 61.0);
    assertThat(lines.get(0).estimates().get(0).halfWidth()).isCloseTo(Math.sqrt(6) / 6, within(1e-12));
    assertThat(SweepFigureChart.title(sweep, SweepFigure.TOTAL_COST, 0)).contains("averaged over the other parameters");
  }

  @Test
  void chartsEachServicesUnservedRequestsAndEachJobsP95WaitBesideTheCost() {
    List<Sweep.Point> points = new ArrayList<>();
    for (int a = 0; a < 2; a++) {
      ObjectNode s = cost(10 * a, 0);
      s.putObject("services").putObject("api/v2").put("unservedRequestFraction", 0.25 * a);
      // The job ran at the second value only: the first has no estimate, not a zero.
      if (a == 1) {
        s.putObject("jobs").putObject("etl").put("waitSecondsP95", 42.0);
        s.with("ci95HalfWidth").putObject("jobs").putObject("etl").put("waitSecondsP95", 4.0);
      }
      points.add(new Sweep.Point(List.of(a), s));
    }
    Sweep sweep = new Sweep(List.of(new Sweep.Parameter("targetValue", List.of("40", "60"))), 3, points);
    // The first point has the service; its job list is empty, so the job figure is not charted.
    List<SweepFigure> figures = SweepFigure.charted(sweep);
    assertThat(figures).extracting(SweepFigure::fileStem).containsExactly("cost", "service-api/v2-unserved");
    assertThat(SweepFigureChart.fileName(sweep, figures.get(1), 0)).isEqualTo("service-api-v2-unserved-by-targetValue");
    assertThat(SweepFigureChart.lines(sweep, figures.get(1), 0).get(0).estimates())
        .extracting(SweepFigureChart.Estimate::mean).containsExactly(0.0, 0.25);

    SweepFigure etl = new SweepFigure(List.of("jobs", "etl", "waitSecondsP95"), "p95 wait of etl", "p95 wait (s)",
        "job-etl-wait-p95");
    List<SweepFigureChart.Estimate> wait = SweepFigureChart.lines(sweep, etl, 0).get(0).estimates();
    assertThat(wait.get(0).mean()).isNaN();
    assertThat(wait.get(1)).isEqualTo(new SweepFigureChart.Estimate(42.0, 4.0));
  }

  @Test
  void rendersToPngAndSvg(@TempDir Path dir) throws Exception {
    Sweep sweep = twoByThree();
    ChartStyle style = ChartStyle.standard();
    ChartFiles.write(SweepFigureChart.build(sweep, SweepFigure.TOTAL_COST, 0, style), style, dir,
        SweepFigureChart.fileName(sweep, SweepFigure.TOTAL_COST, 0));

    assertThat(SweepFigureChart.fileName(sweep, SweepFigure.TOTAL_COST, 0)).isEqualTo("cost-by-a");
    ChartFileAssertions.assertPng(dir.resolve("cost-by-a.png"));
    ChartFileAssertions.assertSvg(dir.resolve("cost-by-a.svg"));
  }
}
