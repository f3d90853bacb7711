package dev.ecsim.reports.chart;

import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.Fixtures;
import dev.ecsim.reports.summary.SummaryFigure;
import dev.ecsim.metrics.Replicated;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.reports.sweep.Sweep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepFigureChartTest {
  /** Replications whose total cost has this mean and half-width. */
  private static Replicated<Summary> cost(double usd, double half) {
    return Fixtures.withHalfWidth(usd, half, total -> Fixtures.costing(total, Map.of(), Map.of()));
  }

  /**
   * Two parameters labelled a in {a0, a1} and b in {b0, b1, b2} (paths x.a and x.b); cost = 10 a +
   * b, half-width 1 everywhere.
   */
  private static Sweep twoByThree() {
    List<Sweep.Point> points = new ArrayList<>();
    for (int a = 0; a < 2; a++) {
      for (int b = 0; b < 3; b++) {
        points.add(new Sweep.Point(List.of(a, b), cost(10 * a + b, 1)));
      }
    }
    return new Sweep(List.of(new Sweep.Parameter("x.a", "a", List.of("a0", "a1")),
        new Sweep.Parameter("x.b", "b", List.of("b0", "b1", "b2"))), 3, points);
  }

  @Test
  void withTwoParametersOneLinePerValueOfTheOther() {
    List<SweepFigureChart.Line> lines = SweepFigureChart.lines(twoByThree(), SweepFigure.TOTAL_COST, 1);

    assertThat(lines).extracting(SweepFigureChart.Line::label).containsExactly("a = a0", "a = a1");
    assertThat(lines.get(1).estimates()).extracting(SweepFigureChart.Estimate::mean).containsExactly(10.0, 11.0, 12.0);
    assertThat(lines.get(1).estimates()).extracting(SweepFigureChart.Estimate::halfWidth).containsOnly(1.0);
    assertThat(SweepFigureChart.title(twoByThree(), SweepFigure.TOTAL_COST, 1))
        .isEqualTo("Total cost by b, one line per a (95% CI, 3 replications)");
  }

  @Test
  void withThreeParametersOneLineAveragedOverTheOthers() {
    List<Sweep.Point> points = new ArrayList<>();
    for (Sweep.Point p : twoByThree().points()) {
      for (int c = 0; c < 2; c++) {
        List<Integer> idx = new ArrayList<>(p.valueIndexes());
        idx.add(c);
        double usd = p.summaries().estimate(s -> s.cost().totalUsd()).mean();
        points.add(new Sweep.Point(idx, cost(usd + 100 * c, 1)));
      }
    }
    List<Sweep.Parameter> params = new ArrayList<>(twoByThree().parameters());
    params.add(new Sweep.Parameter("x.c", "c", List.of("c0", "c1")));
    Sweep sweep = new Sweep(params, 3, points);

    List<SweepFigureChart.Line> lines = SweepFigureChart.lines(sweep, SweepFigure.TOTAL_COST, 0);

    assertThat(lines).hasSize(1);
    // a0: mean of b in {0,1,2} and c in {0,100} = 1 + 50; a1: 61. Six independent half-widths of 1:
    // sqrt(6) / 6.
    assertThat(lines.get(0).estimates()).extracting(SweepFigureChart.Estimate::mean).containsExactly(51.0, 61.0);
    assertThat(lines.get(0).estimates().get(0).halfWidth()).isCloseTo(Math.sqrt(6) / 6, within(1e-12));
    assertThat(SweepFigureChart.title(sweep, SweepFigure.TOTAL_COST, 0))
        .isEqualTo("Total cost by a, averaged over the other parameters (95% CI, 3 replications)");
  }

  @Test
  void chartsEachServicesUnservedRequestsAndEachJobsP95WaitBesideTheCost() {
    List<Sweep.Point> points = new ArrayList<>();
    for (int a = 0; a < 2; a++) {
      Map<String, Summary.ServiceFigures> services = Map.of("api/v2",
          new Summary.ServiceFigures(1, 1, 1, 0, 0, 50, 0.25 * a, 0, 36000));
      // The job ran at the second value only: the first has no estimate, not a zero.
      Replicated<Summary> runs = a == 0 ? Replicated.of(List.of(Fixtures.costing(0, services, Map.of())))
          : Fixtures.withHalfWidth(42, 4, p95 -> Fixtures.costing(10, services,
              Map.of("etl", new Summary.JobFigures(1, 1, 1, 1, p95, 1, 1, 0, 0, 0, 0))));
      points.add(new Sweep.Point(List.of(a), runs));
    }
    Sweep sweep = new Sweep(List.of(new Sweep.Parameter("services[0].targetValue", "target",
        List.of("40", "60"))), 3, points);
    // The first point has the service; its job list is empty, so the job figure is not charted.
    List<SweepFigure> figures = SweepFigure.charted(sweep);
    assertThat(figures).extracting(SweepFigure::fileStem).containsExactly("cost", "service-api/v2-unserved");
    assertThat(SweepFigureChart.fileName(sweep, figures.get(1), 0)).isEqualTo(
        "service-api-v2-unserved-by-services-0-targetValue");
    assertThat(SweepFigureChart.title(sweep, figures.get(1), 0)).isEqualTo("Unserved requests of api/v2 by target "
        + "(95% CI, 3 replications)");
    assertThat(SweepFigureChart.lines(sweep, figures.get(1), 0).get(0).estimates())
        .extracting(SweepFigureChart.Estimate::mean).containsExactly(0.0, 0.25);

    SweepFigure etl = new SweepFigure(
        SummaryFigure.jobWait("etl", "waitSecondsP95", Summary.JobFigures::waitSecondsP95),
        "p95 wait of etl", "p95 wait (s)", "job-etl-wait-p95");
    List<SweepFigureChart.Estimate> wait = SweepFigureChart.lines(sweep, etl, 0).get(0).estimates();
    assertThat(wait.get(0).mean()).isNaN();
    assertThat(wait.get(1).mean()).isEqualTo(42.0);
    assertThat(wait.get(1).halfWidth()).isCloseTo(4.0, within(1e-6));
  }

  @Test
  void rendersToPngAndSvg(@TempDir Path dir) throws Exception {
    Sweep sweep = twoByThree();
    ChartStyle style = ChartStyle.standard();
    ChartFiles.write(SweepFigureChart.build(sweep, SweepFigure.TOTAL_COST, 0, style), style, dir,
        SweepFigureChart.fileName(sweep, SweepFigure.TOTAL_COST, 0));

    assertThat(SweepFigureChart.fileName(sweep, SweepFigure.TOTAL_COST, 0)).isEqualTo("cost-by-x-a");
    ChartFileAssertions.assertPng(dir.resolve("cost-by-x-a.png"));
    ChartFileAssertions.assertSvg(dir.resolve("cost-by-x-a.svg"));
  }
}
