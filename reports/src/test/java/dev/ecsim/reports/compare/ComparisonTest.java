package dev.ecsim.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.compare.Comparison.Row;
import dev.ecsim.reports.compare.Comparison.Unit;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  /** A Fargate-only run: no instances, one provider, two jobs. */
  static Summary fargate() {
    return summary("on-fargate", 12.5, Map.of("FARGATE", 12.5), Map.of("on-demand", 12.5), 0,
        new Summary.Cluster(0, 0, 0, 0, 0, 0, 0),
        Map.of("etl", job(10, 40, 60), "report", job(30, 20, 30)),
        Map.of("FARGATE", latency(38, 60)));
  }

  /** An EC2 run with on-demand and spot providers and the same two jobs. */
  static Summary ec2() {
    return summary("on-ec2", 9.75, Map.of("od", 7.0, "spot", 2.75), Map.of("on-demand", 7.0, "spot", 2.75), 3.1,
        new Summary.Cluster(62.5, 40.25, 62.5, 30.5, 5, 3, 48),
        Map.of("etl", job(10, 8, 20), "report", job(30, 4, 6)),
        Map.of("od", latency(5, 19), "spot", latency(5, 21)));
  }

  @Test
  void oneRowPerFigureWithTheUnionOfNamesInFirstSeenOrder() {
    Comparison c = Comparison.of(List.of("fargate", "ec2"), List.of(fargate(), ec2()));

    assertThat(c.columns()).containsExactly("fargate", "ec2");
    assertThat(c.rows()).extracting(Row::figure).containsExactly(
        "cost.totalUsd",
        "cost.byCapacityProvider.FARGATE", "cost.byCapacityProvider.od", "cost.byCapacityProvider.spot",
        "cost.byPurchaseOption.on-demand", "cost.byPurchaseOption.spot",
        "cost.byService.idle",
        "cluster.cpuReservationAvgPct", "cluster.memoryReservationAvgPct",
        "cluster.instancesLaunched", "cluster.instancesPeak", "cluster.instanceHours",
        "jobs.etl.waitSecondsMean", "jobs.etl.waitSecondsP95",
        "jobs.report.waitSecondsMean", "jobs.report.waitSecondsP95",
        "jobs.*.waitSecondsMean",
        "startLatency.FARGATE.p50Seconds", "startLatency.FARGATE.p95Seconds",
        "startLatency.od.p50Seconds", "startLatency.od.p95Seconds",
        "startLatency.spot.p50Seconds", "startLatency.spot.p95Seconds",
        // New rows go last, after the rows compare.csv always had.
        "max(jobs.*.waitSecondsP95)");
    assertThat(values(c, "cost.totalUsd")).containsExactly(12.5, 9.75);
    assertThat(c.row("cost.totalUsd").orElseThrow().unit()).isEqualTo(Unit.USD);
    assertThat(c.row("cost.byCapacityProvider.od").orElseThrow().group()).isEqualTo("cost by capacity provider");
    assertThat(c.row("jobs.etl.waitSecondsP95").orElseThrow().group()).isEqualTo("job etl");
    assertThat(values(c, "jobs.etl.waitSecondsP95")).containsExactly(60.0, 20.0);
    assertThat(values(c, "startLatency.spot.p95Seconds")).containsExactly(null, 21.0);
    assertThat(values(c, "cluster.instanceHours")).containsExactly(null, 48.0);
  }

  @Test
  void aFigureARunDoesNotHaveIsEmptyNotZero() {
    Comparison c = Comparison.of(List.of("fargate", "ec2"), List.of(fargate(), ec2()));

    assertThat(values(c, "cost.byCapacityProvider.FARGATE")).containsExactly(12.5, null);
    assertThat(values(c, "cost.byCapacityProvider.od")).containsExactly(null, 7.0);
    assertThat(values(c, "cost.byPurchaseOption.spot")).containsExactly(null, 2.75);
    // Without instances a reservation is undefined; the summary's 0 is not shown as 0 %.
    assertThat(values(c, "cluster.cpuReservationAvgPct")).containsExactly(null, 62.5);
    assertThat(values(c, "cluster.memoryReservationAvgPct")).containsExactly(null, 40.25);
    // Idle cost is a real zero of the bill; instance counts and hours do not apply where no
    // instance ran (Applicability), as report.html and ecsim run say n/a.
    assertThat(values(c, "cost.byService.idle")).containsExactly(0.0, 3.1);
    assertThat(values(c, "cluster.instancesLaunched")).containsExactly(null, 5.0);
    assertThat(values(c, "cluster.instancesPeak")).containsExactly(null, 3.0);
    assertThat(values(c, "cluster.instanceHours")).containsExactly(null, 48.0);
  }

  @Test
  void theMeanWaitOverAllJobsWeighsEachJobByItsTasksAndTheJobSloTakesTheWorstP95() {
    Comparison c = Comparison.of(List.of("fargate", "ec2"), List.of(fargate(), ec2()));

    // (10 x 40 + 30 x 20) / 40 = 25; (10 x 8 + 30 x 4) / 40 = 5
    assertThat(values(c, Comparison.ALL_JOBS_WAIT_MEAN)).containsExactly(25.0, 5.0);
    // p95 of etl and report: max(60, 30) = 60; max(20, 6) = 20
    assertThat(values(c, Comparison.WORST_JOB_WAIT_P95)).containsExactly(60.0, 20.0);
    Comparison.Verdict jobs = c.bestJobSlo().orElseThrow();
    assertThat(c.names(jobs.winners())).containsExactly("ec2");
    assertThat(jobs.value()).isEqualTo(20.0);
    assertThat(jobs.basis()).extracting(Row::figure).containsExactly(Comparison.WORST_JOB_WAIT_P95);
    Comparison.Verdict cost = c.cheapest().orElseThrow();
    assertThat(c.names(cost.winners())).containsExactly("ec2");
    assertThat(cost.value()).isEqualTo(9.75);
    assertThat(cost.notDistinguishable()).isEmpty();
  }

  @Test
  void withOneJobTheJobSloIsItsP95AndThereAreNoAllJobsRows() {
    Summary a = withJobs(fargate(), Map.of("etl", job(5, 30, 50)));
    Summary b = withJobs(ec2(), Map.of("etl", job(5, 42, 45)));

    Comparison c = Comparison.of(List.of("a", "b"), List.of(a, b));

    assertThat(c.row(Comparison.ALL_JOBS_WAIT_MEAN)).isEmpty();
    assertThat(c.row(Comparison.WORST_JOB_WAIT_P95)).isEmpty();
    // b waits longer on average (42 s against 30 s) but its slowest 5 % wait less: 45 s against 50 s.
    Comparison.Verdict v = c.bestJobSlo().orElseThrow();
    assertThat(c.names(v.winners())).containsExactly("b");
    assertThat(v.value()).isEqualTo(45.0);
    assertThat(v.basis()).extracting(Row::figure).containsExactly("jobs.etl.waitSecondsP95");
  }

  @Test
  void tiesNameEveryWinnerAndNoJobsMeansNoJobVerdict() {
    Summary a = withJobs(fargate(), Map.of());
    Summary b = withJobs(summary("b", 12.5, Map.of(), Map.of(), 0, fargate().cluster(), Map.of(), Map.of()), Map.of());

    Comparison c = Comparison.of(List.of("a", "b"), List.of(a, b));

    Comparison.Verdict v = c.cheapest().orElseThrow();
    assertThat(c.names(v.winners())).containsExactly("a", "b");
    assertThat(v.value()).isEqualTo(12.5);
    assertThat(c.bestJobSlo()).isEmpty();
    assertThat(c.bestServiceSlo()).isEmpty();
    assertThat(c.hasJobs()).isFalse();
    assertThat(DerivedFigures.meanJobWait(a)).isEmpty();
  }

  @Test
  void everyRowSaysWhatItIsAboutAndTheSharedJobsComeFromThat() {
    Comparison c = Comparison.of(List.of("fargate", "ec2"), List.of(fargate(), ec2()));

    assertThat(c.row("cost.totalUsd").orElseThrow().subject()).isEqualTo(RowSubject.CLUSTER);
    assertThat(c.row("cost.byCapacityProvider.od").orElseThrow().subject()).isEqualTo(new RowSubject.Provider("od"));
    assertThat(c.row("cost.byPurchaseOption.spot").orElseThrow().subject()).isEqualTo(RowSubject.CLUSTER);
    assertThat(c.row("jobs.etl.waitSecondsMean").orElseThrow().subject()).isEqualTo(new RowSubject.Job("etl"));
    assertThat(c.row("startLatency.spot.p95Seconds").orElseThrow().subject())
        .isEqualTo(new RowSubject.Provider("spot"));
    // Figures over several jobs are about the run, not about a job named "*".
    assertThat(c.row(Comparison.ALL_JOBS_WAIT_MEAN).orElseThrow().subject()).isEqualTo(RowSubject.CLUSTER);
    assertThat(c.row(Comparison.WORST_JOB_WAIT_P95).orElseThrow().subject()).isEqualTo(RowSubject.CLUSTER);
    assertThat(c.sharedJobs()).containsExactly("etl", "report");
    assertThat(c.hasServices()).isFalse();
  }

  @Test
  void aRowIsAServicesOrAJobsByItsSubjectNotByItsName() {
    List<OptionalDouble> both = List.of(OptionalDouble.of(1), OptionalDouble.of(2));
    Comparison named = new Comparison(List.of("a", "b"), List.of(
        new Row("services.web.runningAvg", RowSubject.CLUSTER, "", "running", Unit.COUNT, both),
        new Row("jobs.etl.waitSecondsP95", RowSubject.CLUSTER, "", "wait", Unit.SECONDS, both)));
    assertThat(named.hasServices()).isFalse();
    assertThat(named.hasJobs()).isFalse();
    assertThat(named.sharedServices()).isEmpty();
    assertThat(named.sharedJobs()).isEmpty();

    // A name with dots in it stays whole.
    Comparison dotted = new Comparison(List.of("a", "b"), List.of(
        new Row("services.web.v2.runningAvg", new RowSubject.Service("web.v2"), "service web.v2", "running",
            Unit.COUNT, both),
        new Row("jobs.etl.nightly.waitSecondsP95", new RowSubject.Job("etl.nightly"), "job etl.nightly", "wait p95",
            Unit.SECONDS, both)));
    assertThat(dotted.sharedServices()).containsExactly("web.v2");
    assertThat(dotted.sharedJobs()).containsExactly("etl.nightly");
  }

  @Test
  void aJobOnlyOneScenarioHasIsNotComparedOnItsSlo() {
    Summary a = withJobs(fargate(), Map.of("etl", job(5, 30, 50)));
    Summary b = withJobs(ec2(), Map.of("report", job(5, 1, 2)));

    Comparison c = Comparison.of(List.of("a", "b"), List.of(a, b));

    assertThat(c.hasJobs()).isTrue();
    assertThat(c.sharedJobs()).isEmpty();
    assertThat(c.bestJobSlo()).isEmpty();
  }

  @Test
  void aServiceGetsItsSloRowsAndUnservedIsShownInPercent() {
    Summary.ServiceFigures web = new Summary.ServiceFigures(31.25, 5, 60, 10, 9, 57.5, 0.0125, 120, 36000);
    Summary a = withServices(fargate(), Map.of("web", web));
    Comparison c = Comparison.of(List.of("fargate", "ec2"), List.of(a, ec2()));
    assertThat(c.row("services.web.runningAvg").orElseThrow().values())
        .containsExactly(OptionalDouble.of(31.25), OptionalDouble.empty());
    // 0.0125 of the requests = 1.25 %
    assertThat(c.row("services.web.unservedRequestPct").orElseThrow().values().get(0)).isEqualTo(OptionalDouble.of(1.25));
    assertThat(c.row("services.web.secondsBelowDesired").orElseThrow().values().get(0)).isEqualTo(OptionalDouble.of(120));
  }

  @Test
  void unservedRequestsOfAServiceWithoutLoadAreUndefinedNotZero() {
    // Both runs report 0 unserved for web; only the first offered requests (36,000: 10/s for 1 h).
    Summary loaded = withServices(fargate(), Map.of("web", new Summary.ServiceFigures(2, 2, 2, 0, 0, 40, 0, 0, 36_000),
        "worker", new Summary.ServiceFigures(1, 1, 1, 0, 0, 20, 0.5, 0, 7_200)));
    Summary noLoad = withServices(ec2(), Map.of("web", new Summary.ServiceFigures(2, 2, 2, 0, 0, 100, 0, 0, 0),
        "worker", new Summary.ServiceFigures(1, 1, 1, 0, 0, 100, 0, 0, 0)));
    Comparison c = Comparison.of(List.of("loaded", "no-load"), List.of(loaded, noLoad));

    assertThat(c.row("services.web.unservedRequestPct").orElseThrow().values())
        .containsExactly(OptionalDouble.of(0), OptionalDouble.empty());
    // The worst shared service: worker's 50 % where load was offered, nothing where none was.
    assertThat(c.row(Comparison.WORST_UNSERVED).orElseThrow().values())
        .containsExactly(OptionalDouble.of(50), OptionalDouble.empty());
  }

  static Summary withServices(Summary s, Map<String, Summary.ServiceFigures> services) {
    return new Summary(s.schemaVersion(), s.scenario(), s.seed(), s.replications(), s.horizonSeconds(), s.events(),
        s.cost(), s.cluster(), s.tasks(), new TreeMap<>(services), s.jobs(), s.spot(),
        s.startLatency());
  }

  @Test
  void aSingleRunHasNoHalfWidthsAndOneReplication() {
    Comparison c = Comparison.of(List.of("fargate", "ec2"), List.of(fargate(), ec2()));

    assertThat(c.replications()).isEqualTo(1);
    assertThat(c.rows()).allSatisfy(r -> assertThat(r.halfWidths()).allMatch(OptionalDouble::isEmpty));
  }

  @Test
  void columnsAndSummariesMustPairUp() {
    assertThatThrownBy(() -> Comparison.of(List.of("one"), List.of(fargate(), ec2())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 column names for 2 summaries");
  }

  static List<Double> values(Comparison c, String figure) {
    return c.row(figure).orElseThrow().values().stream()
        .map(v -> v.isPresent() ? v.getAsDouble() : null).toList();
  }

  static Summary.JobFigures job(long submitted, double waitMean, double waitP95) {
    return new Summary.JobFigures(submitted, submitted, waitMean, waitMean, waitP95, waitP95, waitMean + 60, 0, 0, 0, 0);
  }

  static Summary.StartLatency latency(double p50, double p95) {
    return new Summary.StartLatency(10, p50, p50, p95, p95, p95);
  }

  static Summary summary(String name, double total, Map<String, Double> byProvider, Map<String, Double> byPurchase,
      double idle, Summary.Cluster cluster, Map<String, Summary.JobFigures> jobs,
      Map<String, Summary.StartLatency> latency) {
    Map<String, Double> byService = new TreeMap<>();
    byService.put("idle", idle);
    return new Summary(Summary.SCHEMA_VERSION, name, 42, 1, 3600, 100,
        new Summary.Cost(total, new TreeMap<>(byProvider), byService, new TreeMap<>(byPurchase)),
        cluster, new Summary.Tasks(40, 40, 0, 0), Map.of(), new TreeMap<>(jobs), new Summary.Spot(0, 0),
        new TreeMap<>(latency));
  }

  static Summary withJobs(Summary s, Map<String, Summary.JobFigures> jobs) {
    return new Summary(s.schemaVersion(), s.scenario(), s.seed(), s.replications(), s.horizonSeconds(), s.events(),
        s.cost(), s.cluster(), s.tasks(), s.services(), new TreeMap<>(jobs), s.spot(),
        s.startLatency());
  }
}
