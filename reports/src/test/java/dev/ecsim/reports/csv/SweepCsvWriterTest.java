package dev.ecsim.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.Fixtures;
import dev.ecsim.reports.sweep.Sweep;
import dev.ecsim.metrics.Replicated;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepCsvWriterTest {
  private static Summary cluster(Summary s, double cpuReservationPct) {
    Summary.Cluster c = s.cluster();
    return Fixtures.withCluster(s, new Summary.Cluster(cpuReservationPct, c.memoryReservationAvgPct(),
        c.cpuUtilizationAvgPct(), c.memoryUtilizationAvgPct(), c.instancesLaunched(), c.instancesPeak(),
        c.instanceHours()));
  }

  @Test
  void oneRowPerPointWithHalfWidthsAndEveryServiceAndJobOfAnyPoint() throws Exception {
    // The first point: two replications whose cost is 1.5 +- 0.25 and web's runningAvg 3 +- 0.5
    // (see Fixtures.withHalfWidth); the figures they agree on have a half-width of 0.
    Replicated<Summary> first = Fixtures.withHalfWidth(0, 1, x -> cluster(Fixtures.costing(1.5 + 0.25 * x,
        Map.of("web", new Summary.ServiceFigures(3 + 0.5 * x, 1, 1, 0, 0, 55.5, 0, 12, 36000)), Map.of()), 40));
    // The second: one replication, so no half-widths at all.
    Replicated<Summary> second = Replicated.of(List.of(cluster(Fixtures.costing(2, Map.of(),
        Map.of("a.b", new Summary.JobFigures(1, 1, 7, 7, 30, 30, 7, 0, 0, 0, 0))), 50.125)));
    Sweep sweep = new Sweep(List.of(new Sweep.Parameter("services[0].x", "x", List.of("1", "two, quoted"))), 2,
        List.of(new Sweep.Point(List.of(0), first), new Sweep.Point(List.of(1), second)));

    StringBuilder out = new StringBuilder();
    SweepCsvWriter.write(sweep, out);

    assertThat(out.toString().lines()).containsExactly(
        "services[0].x,cost.totalUsd,cost.totalUsd.ci95,cluster.cpuReservationAvgPct,cluster.cpuReservationAvgPct.ci95,"
            + "services.web.runningAvg,services.web.runningAvg.ci95,services.web.cpuUtilizationAvgPct,"
            + "services.web.cpuUtilizationAvgPct.ci95,services.web.unservedRequestFraction,"
            + "services.web.unservedRequestFraction.ci95,services.web.secondsBelowDesired,"
            + "services.web.secondsBelowDesired.ci95,jobs.a.b.waitSecondsMean,jobs.a.b.waitSecondsMean.ci95,"
            + "jobs.a.b.waitSecondsP95,jobs.a.b.waitSecondsP95.ci95",
        "1,1.5,0.25,40,0,3,0.5,55.5,0,0,0,12,0,,,,",
        "\"two, quoted\",2,,50.125,,,,,,,,,,7,,30,");
  }
}
