package dev.ecsim.reports.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.Fixtures;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ApplicabilityTest {

  private static OptionalDouble read(SummaryFigure figure, Summary s) {
    return Applicability.limit(figure).read().apply(s);
  }

  @Test
  void instanceFiguresApplyOnlyWhereAnInstanceRanAndCostsAlways() {
    Summary fargateOnly = Fixtures.withCluster(Fixtures.summary(), new Summary.Cluster(0, 0, 0, 0, 0, 0, 0));
    SummaryFigure launched = SummaryFigure.cluster("instancesLaunched", Summary.Cluster::instancesLaunched);
    SummaryFigure reservation = SummaryFigure.cluster("cpuReservationAvgPct", Summary.Cluster::cpuReservationAvgPct);
    SummaryFigure idle = SummaryFigure.cost("byService", Summary.Cost::byService, "idle");

    assertThat(read(launched, fargateOnly)).isEmpty();
    assertThat(read(reservation, fargateOnly)).isEmpty();
    assertThat(read(idle, fargateOnly)).hasValue(34.5);
    // The fixture's EC2 run: 4 instances launched, 3 at peak.
    assertThat(read(launched, Fixtures.summary())).hasValue(4);
    assertThat(read(reservation, Fixtures.summary())).hasValue(55.5);
  }

  @Test
  void aJobsWaitsApplyOnceItSubmittedATaskAndItsTurnaroundOnceOneCompleted() {
    Summary s = Fixtures.summary();
    Summary jobs = new Summary(s.schemaVersion(), s.scenario(), s.seed(), s.replications(), s.horizonSeconds(),
        s.events(), s.cost(), s.cluster(), s.tasks(), s.services(), new TreeMap<>(Map.of(
            "idle-job", new Summary.JobFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
            "waiting", new Summary.JobFigures(3, 0, 40, 40, 50, 50, 0, 0, 0, 0, 3))),
        s.spot(), s.startLatency());

    assertThat(read(SummaryFigure.jobWait("idle-job", "waitSecondsP95", Summary.JobFigures::waitSecondsP95), jobs))
        .isEmpty();
    assertThat(read(SummaryFigure.job("idle-job", "submitted", Summary.JobFigures::submitted), jobs)).hasValue(0);
    assertThat(read(SummaryFigure.jobWait("waiting", "waitSecondsP95", Summary.JobFigures::waitSecondsP95), jobs))
        .hasValue(50);
    // When a figure applies is stated by its factory, not read from its path: a job's count built
    // by job(...) applies even to a job that submitted nothing.
    assertThat(read(SummaryFigure.job("idle-job", "waitSecondsP95", Summary.JobFigures::waitSecondsP95), jobs))
        .hasValue(0);
    assertThat(read(SummaryFigure.jobTurnaround("waiting", "turnaroundSecondsMean",
        Summary.JobFigures::turnaroundSecondsMean), jobs)).isEmpty();
  }
}
