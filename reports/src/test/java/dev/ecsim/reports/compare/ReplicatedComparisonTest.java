package dev.ecsim.reports.compare;

import static dev.ecsim.reports.compare.ComparisonTest.fargate;
import static dev.ecsim.reports.compare.ComparisonTest.values;
import static dev.ecsim.reports.compare.ComparisonTest.withJobs;
import static dev.ecsim.reports.compare.ComparisonTest.withServices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.compare.Comparison.Row;
import dev.ecsim.reports.compare.Comparison.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Columns of three replications each, built by hand. Every half-width is worked out by hand as
 * t(0.975, 2) x s / sqrt(3) with t(0.975, 2) = 4.302653 (Student-t table, two degrees of freedom)
 * and s the sample standard deviation (divisor n - 1). Replication r of every column is a pair
 * (common random numbers): "not distinguishable" is a paired t-test on the differences d, t =
 * mean(d) / (s_d / sqrt(3)) against the same 4.302653.
 */
class ReplicatedComparisonTest {

  /** A run costing {@code usd} with no services and no jobs. */
  private static Summary costing(double usd) {
    Summary s = withJobs(fargate(), Map.of());
    return new Summary(s.schemaVersion(), s.scenario(), s.seed(), s.replications(), s.horizonSeconds(), s.events(),
        new Summary.Cost(usd, s.cost().byCapacityProvider(), s.cost().byService(),
            s.cost().byPurchaseOption()), s.cluster(), s.tasks(), s.services(), s.jobs(), s.spot(), s.startLatency());
  }

  private static List<Summary> costs(double... usd) {
    List<Summary> runs = new ArrayList<>();
    for (double v : usd) {
      runs.add(costing(v));
    }
    return runs;
  }

  private static Summary.ServiceFigures service(double unservedFraction, double secondsBelowDesired) {
    return new Summary.ServiceFigures(4, 2, 6, 1, 1, 50, unservedFraction, secondsBelowDesired, 36000);
  }

  /** A run with these services and no jobs. */
  private static Summary serving(Map<String, Summary.ServiceFigures> services) {
    return withServices(costing(10), services);
  }

  /** Three runs of one service "web", with its unserved fractions and seconds below desired. */
  private static List<Summary> web(double[] unserved, double[] below) {
    List<Summary> runs = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      runs.add(serving(Map.of("web", service(unserved[r], below[r]))));
    }
    return runs;
  }

  private static List<Double> halfWidths(Comparison c, String figure) {
    return c.row(figure).orElseThrow().halfWidths().stream().map(h -> h.isPresent() ? h.getAsDouble() : null)
        .toList();
  }

  @Test
  void meansAndHalfWidthsOfThreeReplications() {
    Comparison c = Comparison.replicated(List.of("a", "b"), List.of(costs(10, 12, 14), costs(11, 11.5, 12.5)));

    assertThat(c.replications()).isEqualTo(3);
    // a: mean 12, s = sqrt((4 + 0 + 4) / 2) = 2, h = 4.302653 x 2 / 1.732051 = 4.968275
    // b: mean 35 / 3 = 11.666667, deviations -2/3, -1/6, 5/6: s = sqrt((4/9 + 1/36 + 25/36) / 2) = 0.763763,
    //    h = 4.302653 x 0.763763 / 1.732051 = 1.897292
    List<Double> means = values(c, Comparison.TOTAL_COST);
    List<Double> half = halfWidths(c, Comparison.TOTAL_COST);
    assertThat(means.get(0)).isCloseTo(12.0, within(1e-6));
    assertThat(half.get(0)).isCloseTo(4.968275, within(1e-6));
    assertThat(means.get(1)).isCloseTo(11.666667, within(1e-6));
    assertThat(half.get(1)).isCloseTo(1.897292, within(1e-6));
  }

  @Test
  void theCheapestByMeanIsNotDistinguishableFromAnOverlappingRunnerUp() {
    Comparison c = Comparison.replicated(List.of("a", "b"), List.of(costs(10, 12, 14), costs(11, 11.5, 12.5)));

    Verdict v = c.cheapest().orElseThrow();

    // b is cheaper on average, but the differences a - b are -1, 0.5, 1.5: mean 0.333333,
    // s_d = sqrt((16/9 + 1/36 + 49/36) / 2) = 1.258306, t = 0.333333 / (1.258306 / 1.732051) = 0.46 < 4.302653.
    assertThat(c.names(v.winners())).containsExactly("b");
    assertThat(c.names(v.notDistinguishable())).containsExactly("a");
  }

  @Test
  void intervalsApartMakeTheCheapestDistinguishable() {
    Comparison c = Comparison.replicated(List.of("a", "b", "c"),
        List.of(costs(12, 12.3, 12.6), costs(10, 10.3, 10.6), costs(10.2, 11.2, 12.2)));

    Verdict v = c.cheapest().orElseThrow();

    // a and b: s = 0.3, h = 4.302653 x 0.3 / 1.732051 = 0.745241 each; a - b is 2 in every run: apart.
    // c: mean 11.2, s = 1, h = 2.484138; c - b = 0.2, 0.9, 1.6: mean 0.9, s_d = 0.7,
    // t = 0.9 / (0.7 / 1.732051) = 2.23 < 4.302653.
    assertThat(halfWidths(c, Comparison.TOTAL_COST).get(0)).isCloseTo(0.745241, within(1e-6));
    assertThat(halfWidths(c, Comparison.TOTAL_COST).get(2)).isCloseTo(2.484138, within(1e-6));
    assertThat(c.names(v.winners())).containsExactly("b");
    assertThat(c.names(v.notDistinguishable())).containsExactly("c");
  }

  @Test
  void pairingTheSeedsTellsApartScenariosWhoseIntervalsOverlap() {
    Comparison c = Comparison.replicated(List.of("a", "b"), List.of(costs(10, 12, 14), costs(11, 13.2, 15.1)));

    Verdict v = c.cheapest().orElseThrow();

    // The intervals overlap: a 12 +- 4.968275, b 13.1 +- 4.302653 x 2.051828 / 1.732051 = 5.097, and
    // |13.1 - 12| = 1.1 <= 10.07. But each seed costs b 1, 1.2, 1.1 more than a: mean 1.1, s_d = 0.1,
    // t = 1.1 / (0.1 / 1.732051) = 19.05 > 4.302653. b is dearer at 95 %.
    assertThat(halfWidths(c, Comparison.TOTAL_COST).get(1)).isCloseTo(5.097, within(1e-3));
    assertThat(c.names(v.winners())).containsExactly("a");
    assertThat(v.notDistinguishable()).isEmpty();
  }

  @Test
  void withoutTheRunsTheRuleFallsBackToOverlappingIntervals() {
    // Rows built from means and half-widths alone: the same figures as above now cannot be told apart.
    Row cost = new Row(Comparison.TOTAL_COST, RowSubject.CLUSTER, "", "total cost", Comparison.Unit.USD,
        List.of(java.util.OptionalDouble.of(12), java.util.OptionalDouble.of(13.1)),
        List.of(java.util.OptionalDouble.of(4.968275), java.util.OptionalDouble.of(5.097)));

    Verdict v = new Comparison(List.of("a", "b"), List.of(cost), 3).cheapest().orElseThrow();

    assertThat(v.notDistinguishable()).containsExactly(1);
  }

  @Test
  void everyColumnNeedsTheSameNumberOfReplications() {
    assertThatThrownBy(() -> Comparison.replicated(List.of("a", "b"), List.of(costs(1, 2), costs(1, 2, 3))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2, 3]");
  }

  @Test
  void theServiceSloIsTheFewestUnservedRequestsThenTheLeastTimeBelowDesired() {
    Comparison c = Comparison.of(List.of("a", "b", "c"), List.of(
        serving(Map.of("web", service(0, 300))),
        serving(Map.of("web", service(0, 120))),
        serving(Map.of("web", service(0.0001, 0)))));

    Verdict v = c.bestServiceSlo().orElseThrow();

    // a and b serve every request; b was below its desired count for less time. c never fell short
    // but left 0.01 % of the requests unserved, which counts first.
    assertThat(c.names(v.winners())).containsExactly("b");
    assertThat(v.basis()).extracting(Row::figure)
        .containsExactly("services.web.unservedRequestPct", "services.web.secondsBelowDesired");
    assertThat(values(c, "services.web.unservedRequestPct")).containsExactly(0.0, 0.0, 0.01);
    assertThat(v.notDistinguishable()).isEmpty();
  }

  @Test
  void equalOnEveryFigureIsATie() {
    Comparison c = Comparison.of(List.of("a", "b", "c"), List.of(
        serving(Map.of("web", service(0, 60))),
        serving(Map.of("web", service(0.002, 0))),
        serving(Map.of("web", service(0, 60)))));

    assertThat(c.names(c.bestServiceSlo().orElseThrow().winners())).containsExactly("a", "c");
  }

  @Test
  void notDistinguishableIsJudgedOnTheFirstFigureWhereTheMeansDiffer() {
    double[] lowUnserved = {0.01, 0.015, 0.025};
    Comparison c = Comparison.replicated(List.of("a", "b", "c"), List.of(
        web(lowUnserved, new double[] {40, 60, 50}),
        web(new double[] {0.02, 0.03, 0.05}, new double[] {0, 0, 0}),
        web(lowUnserved, new double[] {90, 100, 110})));

    Verdict v = c.bestServiceSlo().orElseThrow();

    // Unserved, in percent: a and c 1.666667 +- 1.897292 (the cost case above, scaled); b 3.333333,
    // s = sqrt(((4/3)^2 + (1/3)^2 + (5/3)^2) / 2) = 1.527525, h = 4.302653 x 1.527525 / 1.732051 = 3.794583.
    assertThat(values(c, "services.web.unservedRequestPct").get(1)).isCloseTo(3.333333, within(1e-4));
    assertThat(halfWidths(c, "services.web.unservedRequestPct").get(1)).isCloseTo(3.794583, within(1e-4));
    // a and c tie on unserved; below desired decides: a 50 +- 24.841377 (s = 10), c 100 +- 24.841377.
    assertThat(c.names(v.winners())).containsExactly("a");
    assertThat(halfWidths(c, "services.web.secondsBelowDesired").get(0)).isCloseTo(24.841377, within(1e-6));
    // b: unserved decides, b - a = 1, 1.5, 2.5 %: mean 1.666667, s_d = 0.763763, t = 3.78 < 4.302653,
    // though b was never below desired. c: below desired decides, c - a = 50, 40, 60 s: mean 50,
    // s_d = 10, t = 8.66 > 4.302653.
    assertThat(c.names(v.notDistinguishable())).containsExactly("b");
  }

  @Test
  void theWorstSharedServiceIsTakenInEachRunBeforeAveraging() {
    double[][] web = {{0.01, 0.03, 0.02}, {0.001, 0.001, 0.001}};
    double[][] api = {{0.02, 0.01, 0.05}, {0.001, 0.001, 0.001}};
    List<List<Summary>> runs = new ArrayList<>();
    for (int column = 0; column < 2; column++) {
      List<Summary> columnRuns = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        Map<String, Summary.ServiceFigures> services = new TreeMap<>();
        services.put("web", service(web[column][r], 10 * r));
        services.put("api", service(api[column][r], 0));
        if (column == 0) {
          services.put("worker", service(0.5, 0)); // a only: not shared, not in the worst
        }
        columnRuns.add(serving(services));
      }
      runs.add(columnRuns);
    }

    Comparison c = Comparison.replicated(List.of("a", "b"), runs);

    assertThat(c.sharedServices()).containsExactly("api", "web");
    // a: the worst of web and api in each run is 2 %, 3 %, 5 %: mean 3.333333 +- 3.794583 (as above),
    // not the worst of the means, max(2 %, 2.666667 %). b: 0.1 % in every run, +- 0.
    assertThat(values(c, Comparison.WORST_UNSERVED).get(0)).isCloseTo(3.333333, within(1e-4));
    assertThat(halfWidths(c, Comparison.WORST_UNSERVED).get(0)).isCloseTo(3.794583, within(1e-4));
    assertThat(values(c, Comparison.WORST_UNSERVED).get(1)).isCloseTo(0.1, within(1e-9));
    assertThat(halfWidths(c, Comparison.WORST_UNSERVED).get(1)).isZero();
    // Below desired, worst of web (0, 10, 20 s) and api (0 s): 10 +- 4.302653 x 10 / 1.732051 = 24.841377.
    assertThat(values(c, Comparison.WORST_BELOW_DESIRED).get(0)).isCloseTo(10, within(1e-9));
    assertThat(halfWidths(c, Comparison.WORST_BELOW_DESIRED).get(0)).isCloseTo(24.841377, within(1e-6));
    Verdict v = c.bestServiceSlo().orElseThrow();
    assertThat(v.basis()).extracting(Row::figure)
        .containsExactly(Comparison.WORST_UNSERVED, Comparison.WORST_BELOW_DESIRED);
    // a - b = 1.9, 2.9, 4.9 %: mean 3.233333, s_d = 1.527525, t = 3.67 < 4.302653
    assertThat(c.names(v.winners())).containsExactly("b");
    assertThat(c.names(v.notDistinguishable())).containsExactly("a");
  }

  @Test
  void noServiceInEveryScenarioMeansNoServiceVerdict() {
    Comparison c = Comparison.of(List.of("a", "b"), List.of(
        serving(Map.of("web", service(0, 0))), serving(Map.of("api", service(0, 0)))));

    assertThat(c.hasServices()).isTrue();
    assertThat(c.sharedServices()).isEmpty();
    assertThat(c.bestServiceSlo()).isEmpty();
  }
}
