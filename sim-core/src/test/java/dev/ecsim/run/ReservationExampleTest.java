package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.testing.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The ECS Developer Guide's reservation example (cloudwatch-metrics; docs/ecs-behaviour.md §8): two
 * instances registering 18,432 CPU units and 33,926 MiB in all, ten tasks of 1,024 units and 2,048
 * MiB -> CPUReservation 55 % and MemoryReservation 60 %. The guide's instances (a c4.4xlarge at
 * 16,384 units / 30,158 MiB and a c4.large at 2,048 / 3,768, §1.6) are rebuilt from c5 types of the
 * same vCPU with the registered-memory fraction that gives the guide's MiB.
 */
class ReservationExampleTest {

  @Test
  void tenTasksOnTwoInstancesReserve55PercentCpuAnd60PercentMemory() {
    RunResult r = Simulation.build(Scenarios.parse("""
        name: reservation
        duration: 10m
        cluster:
          capacityProviders:
            # c5.4xlarge: 32,768 MiB x 0.92035 = 30,158.03 -> 30,158 MiB registered
            - {name: big, type: ec2, instanceTypes: [c5.4xlarge], desiredSize: 1, registeredMemoryFraction: 0.92035}
            # c5.large: 4,096 MiB x 0.919921875 = 3,768 MiB registered
            - {name: small, type: ec2, instanceTypes: [c5.large], desiredSize: 1, registeredMemoryFraction: 0.919921875}
          defaultCapacityProviderStrategy: [{capacityProvider: big, weight: 9}, {capacityProvider: small, weight: 1}]
        taskDefinitions:
          - {family: t, cpu: 1024, memory: 2048, containerDefinitions: [{name: c, image: "t:1"}]}
        jobs:
          - {name: j, taskDefinition: t, arrivals: {times: [0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s]},
             duration: {fixed: 1h}}
        """)).run();
    // 10 x 1,024 / 18,432 = 55.56 %, 10 x 2,048 / 33,926 = 60.37 %: the guide's 55 % and 60 %.
    double cpu = r.series().column(SeriesNames.CPU_RESERVATION_PCT)[0];
    double memory = r.series().column(SeriesNames.MEMORY_RESERVATION_PCT)[0];
    assertThat(cpu).isCloseTo(100.0 * 10 * 1024 / 18_432, within(1e-9));
    assertThat(memory).isCloseTo(100.0 * 10 * 2048 / 33_926, within(1e-9));
    assertThat((int) cpu).isEqualTo(55);
    assertThat((int) memory).isEqualTo(60);
  }
}
