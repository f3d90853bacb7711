package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.cost.FargateBilling;
import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.testing.Scenarios;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of runs on Fargate and on auto scaled Auto Scaling groups, over random job mixes. */
class CapacityProperties {
  private static final long HORIZON = 6 * 3_600_000L;
  /**
   * Fargate x86 sizes and their prices per hour (docs/ecs-behaviour.md §3.2: $0.04048 vCPU-h,
   * $0.004445 GB-h).
   */
  private static final Map<Integer, Integer> MEMORY_FOR_CPU = Map.of(256, 512, 512, 1024, 1024, 2048, 2048, 4096);

  record Job(int cpu, int perHour, int meanMinutes) {
    int memory() {
      return MEMORY_FOR_CPU.get(cpu);
    }

    double fargateUsdPerHour() {
      return cpu / 1024.0 * 0.04048 + memory() / 1024.0 * 0.004445;
    }
  }

  record Mix(long seed, int maxSize, int targetCapacity, List<Job> jobs) {
    String yaml(String providers, String strategy) {
      StringBuilder defs = new StringBuilder("taskDefinitions:\n");
      StringBuilder jobsYaml = new StringBuilder("jobs:\n");
      for (int i = 0; i < jobs.size(); i++) {
        Job j = jobs.get(i);
        defs.append("  - {family: t").append(i).append(", cpu: ").append(j.cpu).append(", memory: ").append(j.memory())
            .append(", networkMode: awsvpc, requiresCompatibilities: [EC2, FARGATE],")
            .append(" containerDefinitions: [{name: c, image: {name: img, sizeMiB: 80}, startTime: 1s}]}\n");
        jobsYaml.append("  - {name: j").append(i).append(", taskDefinition: t").append(i)
            .append(", arrivals: {poisson: {rate: ").append(j.perHour).append("/h}}, duration: {exponential: {mean: ")
            .append(j.meanMinutes).append("m}}}\n");
      }
      return "name: prop\nseed: " + seed + "\nduration: 6h\nmetricsPeriod: 1m\ncluster:\n  awsvpcTrunking: true\n"
          + "  capacityProviders:\n" + providers + "  defaultCapacityProviderStrategy: " + strategy + "\n" + defs + jobsYaml;
    }
  }

  @Provide
  Arbitrary<Mix> mixes() {
    Arbitrary<Job> job = Combinators.combine(
        Arbitraries.of(256, 512, 1024, 2048),
        Arbitraries.integers().between(1, 60),
        Arbitraries.integers().between(1, 60)).as(Job::new);
    return Combinators.combine(
        Arbitraries.longs().between(0, 1_000),
        Arbitraries.integers().between(1, 6),
        Arbitraries.of(50, 80, 100),
        job.list().ofMinSize(1).ofMaxSize(3)).as(Mix::new);
  }

  @Property(tries = 25)
  void aFargateBillIsBilledSecondsTimesPriceTaskByTask(@ForAll("mixes") Mix mix) {
    Recorded r = Recorded.run(Simulation.build(Scenarios.parse(mix.yaml(
        "    - {name: FARGATE, type: fargate}\n", "[{capacityProvider: FARGATE}]"))));
    double expected = 0;
    for (TaskRecord t : r.tasks()) {
      if (t.pullStartedAt().isEmpty()) {
        assertThat(t.costUsd()).isZero();
        continue;
      }
      Job job = mix.jobs.get(Integer.parseInt(t.taskDefinition().substring(1)));
      long seconds = FargateBilling.billedSeconds(t.pullStartedAt().getAsLong(), t.stoppedAt().orElse(HORIZON));
      assertThat(seconds).isGreaterThanOrEqualTo(60);
      double usd = seconds * job.fargateUsdPerHour() / 3600;
      assertThat(t.costUsd()).isCloseTo(usd, within(1e-9));
      expected += usd;
    }
    assertThat(r.summary().cost().totalUsd()).isCloseTo(expected, within(1e-5));
    assertThat(r.summary().cost().byService().get("idle")).isZero();
  }

  /**
   * Whatever the settings, no task outlives its instance; with managed termination protection no
   * task is stopped by a scale-in termination at all (only empty instances go,
   * docs/ecs-behaviour.md §5.4).
   */
  @Property(tries = 25)
  void managedScalingStaysWithinTheGroupAndNeverTerminatesUnderATask(@ForAll("mixes") Mix mix,
      @ForAll boolean protection, @ForAll boolean draining) {
    Recorded r = Recorded.run(Simulation.build(Scenarios.parse(mix.yaml("""
            - name: asg
              type: ec2
              instanceTypes: [m5.large, m5.xlarge]
              maxSize: %d
              managedScaling: {targetCapacity: %d, instanceWarmupPeriod: 120s}
              managedTerminationProtection: %s
              managedDraining: %s
        """.formatted(mix.maxSize, mix.targetCapacity, protection ? "ENABLED" : "DISABLED",
            draining ? "ENABLED" : "DISABLED"), "[{capacityProvider: asg}]"))));
    if (protection) {
      assertThat(r.tasks()).noneMatch(t -> t.stopCode().filter("TerminationNotice"::equals).isPresent());
    }
    for (double n : r.series().column(SeriesNames.instances("asg"))) {
      assertThat(n).isBetween(0.0, (double) mix.maxSize);
    }
    assertThat(r.summary().cluster().instancesPeak()).isLessThanOrEqualTo(mix.maxSize);
    for (EventRecord e : r.events()) {
      if (!e.type().equals(EventType.INSTANCE_TERMINATED)) {
        continue;
      }
      for (TaskRecord t : r.tasks()) {
        boolean onIt = t.containerInstanceId().map(id -> e.message().contains("(" + id + ",")).orElse(false);
        if (onIt) {
          assertThat(t.stoppedAt().orElse(Long.MAX_VALUE)).isLessThanOrEqualTo(e.timeMillis());
        }
      }
    }
    // Conservation: every task is waiting, running or done, and the cost splits into tasks and idle.
    long started = r.tasks().stream().filter(t -> t.startedAt().isPresent()).count();
    assertThat(started).isLessThanOrEqualTo(r.tasks().size());
    double allocated = r.tasks().stream().mapToDouble(TaskRecord::costUsd).sum();
    assertThat(allocated + r.summary().cost().byService().get("idle"))
        .isCloseTo(r.summary().cost().totalUsd(), within(1e-5));
    assertThat(r.summary().cost().byService().get("idle")).isGreaterThanOrEqualTo(-1e-6);
  }
}
