package dev.ecsim.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsim.reports.sweep.Sweep;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepCsvWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode summary(String json) throws Exception {
    return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
  }

  @Test
  void oneRowPerPointWithHalfWidthsAndEveryServiceAndJobOfAnyPoint() throws Exception {
    ObjectNode first = summary("""
        {'cost': {'totalUsd': 1.5}, 'cluster': {'cpuReservationAvgPct': 40},
         'services': {'web': {'runningAvg': 3, 'cpuUtilizationAvgPct': 55.5, 'unservedRequestFraction': 0,
                              'secondsBelowDesired': 12}},
         'ci95HalfWidth': {'cost': {'totalUsd': 0.25}, 'services': {'web': {'runningAvg': 0.5}}}}""");
    ObjectNode second = summary("""
        {'cost': {'totalUsd': 2}, 'cluster': {'cpuReservationAvgPct': 50.125},
         'jobs': {'a.b': {'waitSecondsMean': 7, 'waitSecondsP95': 30}}}""");
    Sweep sweep = new Sweep(List.of(new Sweep.Parameter("services[0].x", List.of("1", "two, quoted"))), 2,
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
        "1,1.5,0.25,40,,3,0.5,55.5,,0,,12,,,,,",
        "\"two, quoted\",2,,50.125,,,,,,,,,,7,,30,");
  }
}
