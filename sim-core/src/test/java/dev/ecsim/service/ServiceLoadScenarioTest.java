package dev.ecsim.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.Summary;
import dev.ecsim.run.Simulation;
import dev.ecsim.testing.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * A service under a constant load, figures worked by hand: 4 tasks of 1,024 CPU units that serve
 * 150 requests/s each at 100 % CPU, on two m5.xlarge (8,192 units registered), RUNNING from 5 s,
 * for one hour. Load split evenly over RUNNING tasks; tasks still starting serve nothing.
 */
class ServiceLoadScenarioTest {

  private static RunResult run(String rate) {
    return Simulation.build(Scenarios.parse("""
        name: load
        duration: 1h
        cluster:
          capacityProviders:
            - {name: od, type: ec2, instanceTypes: [m5.xlarge], desiredSize: 2}
          defaultCapacityProviderStrategy: [{capacityProvider: od}]
        taskDefinitions:
          - {family: web, cpu: 1024, memory: 2048, containerDefinitions: [{name: c, image: "web:1", startTime: 5s}]}
        services:
          - name: web
            taskDefinition: web
            desiredCount: 4
            load: {requestRate: {constant: %s}, capacityPerTask: 150/s}
        """.formatted(rate))).run();
  }

  @Test
  void halfTheCapacityIsFiftyPercentCpuAndNothingUnservedOnceRunning() {
    RunResult r = run("300/s");
    Summary.ServiceFigures web = r.summary().services().get("web");
    // 300 / (4 x 150) = 50 % of each task's CPU while RUNNING.
    assertThat(web.cpuUtilizationAvgPct()).isCloseTo(50.0, within(1e-6));
    // Only the first 5 s, before any task runs, go unserved: 300 x 5 / (300 x 3,600).
    assertThat(web.unservedRequestFraction()).isCloseTo(5.0 / 3600, within(1e-6));
    assertThat(web.runningAvg()).isCloseTo(4.0 * 3595 / 3600, within(1e-6));
    // Cluster: 4 x 1,024 reserved of 8,192 = 50 %; used 4 x 512 = 25 % (docs/ecs-behaviour.md §8).
    double[] reservation = r.series().column(SeriesNames.CPU_RESERVATION_PCT);
    double[] utilization = r.series().column(SeriesNames.CPU_UTILIZATION_PCT);
    assertThat(reservation[10]).isCloseTo(50.0, within(1e-9));
    assertThat(utilization[10]).isCloseTo(25.0, within(1e-9));
    assertThat(r.series().column(SeriesNames.serviceCpuUtilization("web"))[10]).isCloseTo(50.0, within(1e-9));
    assertThat(r.series().column(SeriesNames.serviceOfferedLoad("web"))[10]).isEqualTo(300.0);
  }

  @Test
  void beyondCapacityTheRestIsUnservedAndCpuCapsAtOneHundred() {
    RunResult r = run("900/s");
    Summary.ServiceFigures web = r.summary().services().get("web");
    // 600 of 900 served once RUNNING: unserved (900 x 5 + 300 x 3,595) / (900 x 3,600).
    assertThat(web.unservedRequestFraction()).isCloseTo((900.0 * 5 + 300.0 * 3595) / (900.0 * 3600), within(1e-6));
    assertThat(web.cpuUtilizationAvgPct()).isCloseTo(100.0, within(1e-6));
  }

  @Test
  void theRequestsOfferedAreTheRateOverTheRunWhetherServedOrNot() {
    // 10 requests/s for 3,600 s offer 36,000 requests, all served once RUNNING.
    assertThat(run("10/s").summary().services().get("web").offeredRequests()).isEqualTo(36_000.0);
    // 900/s for 3,600 s: 3,240,000, a third of them unserved.
    assertThat(run("900/s").summary().services().get("web").offeredRequests()).isEqualTo(3_240_000.0);
  }

  @Test
  void aServiceWithoutLoadOffersNoRequests() {
    Summary.ServiceFigures web = Simulation.build(Scenarios.parse("""
        name: no-load
        duration: 1h
        cluster:
          capacityProviders:
            - {name: od, type: ec2, instanceTypes: [m5.xlarge], desiredSize: 1}
          defaultCapacityProviderStrategy: [{capacityProvider: od}]
        taskDefinitions:
          - {family: web, cpu: 1024, memory: 2048, containerDefinitions: [{name: c, image: "web:1"}]}
        services:
          - {name: web, taskDefinition: web, desiredCount: 2}
        """)).run().summary().services().get("web");
    // Both read 0 unserved; only the requests offered tell the two apart.
    assertThat(web.unservedRequestFraction()).isZero();
    assertThat(web.offeredRequests()).isZero();
  }
}
