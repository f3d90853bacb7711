package dev.ecsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.run.Simulation;
import dev.ecsim.testing.Scenarios;
import org.junit.jupiter.api.Test;

class ClusterTest {

  @Test
  void warmInstancesRegisterVcpuTimes1024AndNinetyEightPercentOfMemoryRoundRobinOverZones() {
    RunResult r = Simulation.build(Scenarios.parse("""
        name: warm
        duration: 1h
        %s
        taskDefinitions:
          - {family: t, cpu: 256, memory: 512, containerDefinitions: [{name: c, image: "x"}]}
        """.formatted(Scenarios.cluster("m6i.xlarge", 4)))).run();
    // m6i.xlarge: 4 vCPU, 16 GiB (docs/ecs-behaviour.md §4.1) -> 4096 CPU units, floor(16384 x
    // 0.98) = 16056 MiB
    assertThat(r.events()).hasSize(4);
    assertThat(r.events().get(0).message()).contains("4096 CPU units and 16056 MiB").contains("us-east-1a");
    assertThat(r.events().get(1).message()).contains("us-east-1b");
    assertThat(r.events().get(2).message()).contains("us-east-1c");
    assertThat(r.events().get(3).message()).contains("us-east-1a");
    assertThat(r.series().column(SeriesNames.instances("od"))).containsOnly(4.0);
  }

  @Test
  void reservationMetricIsReservedByRunningTasksOverRegistered() {
    // Two m5.large (2 x 2048 CPU units, 2 x 8028 MiB). Four tasks of 512 CPU / 2007 MiB run the whole
    // hour: CPU reservation 2048/4096 = 50 %, memory 8028/16056 = 50 %.
    RunResult r = Simulation.build(Scenarios.parse("""
        name: reservation
        duration: 1h
        %s
        taskDefinitions:
          - {family: t, cpu: 512, memory: 2007, containerDefinitions: [{name: c, image: "x"}]}
        jobs:
          - {name: j, taskDefinition: t, arrivals: {times: [0s, 0s, 0s, 0s]}, duration: {fixed: 2h}}
        """.formatted(Scenarios.cluster("m5.large", 2)))).run();
    assertThat(r.summary().cluster().cpuReservationAvgPct()).isEqualTo(50.0);
    assertThat(r.summary().cluster().memoryReservationAvgPct()).isEqualTo(50.0);
  }
}
