package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.catalog.InstanceCatalog;
import dev.ecsim.catalog.InstanceType;
import dev.ecsim.cost.Ec2Billing;
import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.testing.Scenarios;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of whole runs over random small clusters and job mixes. */
class SimulationProperties {
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled("us-east-1");

  record Mix(String instanceType, int instances, long seed, List<JobMix> jobs) {
    String yaml() {
      StringBuilder defs = new StringBuilder("taskDefinitions:\n");
      StringBuilder jobsYaml = new StringBuilder("jobs:\n");
      for (int i = 0; i < jobs.size(); i++) {
        JobMix j = jobs.get(i);
        defs.append("  - {family: t").append(i).append(", cpu: ").append(j.cpu).append(", memory: ").append(j.memory)
            .append(", containerDefinitions: [{name: c, image: {name: img").append(i % 2)
            .append(", sizeMiB: 50}, startTime: 1s}]}\n");
        jobsYaml.append("  - {name: j").append(i).append(", taskDefinition: t").append(i)
            .append(", arrivals: {poisson: {rate: ").append(j.perHour).append("/h}}, duration: {exponential: {mean: ")
            .append(j.meanMinutes).append("m}}}\n");
      }
      return "name: prop\nseed: " + seed + "\nduration: 12h\nmetricsPeriod: 5m\n"
          + Scenarios.cluster(instanceType, instances) + defs + jobsYaml;
    }
  }

  record JobMix(int cpu, int memory, int perHour, int meanMinutes) {}

  @Provide
  Arbitrary<Mix> mixes() {
    Arbitrary<JobMix> job = Combinators.combine(
        Arbitraries.of(128, 256, 512, 1024, 2048),
        Arbitraries.integers().between(128, 7_000),
        Arbitraries.integers().between(1, 40),
        Arbitraries.integers().between(1, 90)).as(JobMix::new);
    return Combinators.combine(
        Arbitraries.of("m5.large", "c6g.large", "r6i.large"),
        Arbitraries.integers().between(1, 4),
        Arbitraries.longs().between(0, 1_000),
        job.list().ofMinSize(1).ofMaxSize(3)).as(Mix::new)
        .filter(m -> m.jobs.stream().allMatch(j -> fits(m.instanceType, j)));
  }

  private static boolean fits(String type, JobMix j) {
    InstanceType t = CATALOG.find(type).orElseThrow();
    return j.cpu <= t.registeredCpuUnits() && j.memory <= t.registeredMemoryMiB(0.98);
  }

  @Property(tries = 60)
  void noInstanceIsEverOverCommitted(@ForAll("mixes") Mix mix) {
    Recorded r = run(mix);
    InstanceType type = CATALOG.find(mix.instanceType).orElseThrow();
    long horizon = 12 * 3_600_000L;
    Map<String, List<TaskRecord>> byInstance = r.tasks().stream().filter(t -> t.containerInstanceId().isPresent())
        .collect(Collectors.groupingBy(t -> t.containerInstanceId().get(), TreeMap::new, Collectors.toList()));
    for (List<TaskRecord> tasks : byInstance.values()) {
      // Sweep the reservation intervals [placed, stopped): +size at start, -size at end, ends first.
      List<long[]> edges = new ArrayList<>();
      for (TaskRecord t : tasks) {
        long start = t.pullStartedAt().orElseThrow();
        long end = t.stoppedAt().orElse(horizon);
        edges.add(new long[] {start, 1, t.cpu(), t.memory()});
        edges.add(new long[] {end, -1, t.cpu(), t.memory()});
      }
      edges.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
      long cpu = 0;
      long memory = 0;
      for (long[] e : edges) {
        cpu += e[1] * e[2];
        memory += e[1] * e[3];
        assertThat(cpu).isLessThanOrEqualTo(type.registeredCpuUnits());
        assertThat(memory).isLessThanOrEqualTo(type.registeredMemoryMiB(0.98));
      }
    }
  }

  @Property(tries = 60)
  void tasksAreConservedAndTheBillIsBilledSecondsTimesPrice(@ForAll("mixes") Mix mix) {
    Recorded r = run(mix);
    Summary s = r.summary();
    long submitted = s.jobs().values().stream().mapToLong(Summary.JobFigures::submitted).sum();
    long completed = s.jobs().values().stream().mapToLong(Summary.JobFigures::completed).sum();
    assertThat(s.tasks().launched()).isEqualTo(submitted).isEqualTo(r.tasks().size());
    assertThat(s.tasks().completed()).isEqualTo(completed)
        .isEqualTo(r.tasks().stream().filter(t -> t.stoppedAt().isPresent()).count());
    // Every task that started was placed first and created before that.
    for (TaskRecord t : r.tasks()) {
      t.startedAt().ifPresent(started -> {
        assertThat(t.pullStartedAt().orElseThrow()).isBetween(t.createdAt(), started);
        assertThat(t.pullStoppedAt().orElseThrow()).isBetween(t.pullStartedAt().getAsLong(), started);
      });
    }
    InstanceType type = CATALOG.find(mix.instanceType).orElseThrow();
    double expected = mix.instances * Ec2Billing.usd(Ec2Billing.billedSeconds(12 * 3_600_000L), type.onDemandUsdPerHour());
    assertThat(s.cost().totalUsd()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-6));
    double allocated = r.tasks().stream().mapToDouble(TaskRecord::costUsd).sum();
    assertThat(allocated).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(s.cost().totalUsd() + 1e-6);
    assertThat(s.cost().byService().get("idle")).isGreaterThanOrEqualTo(-1e-6);
  }

  @Property(tries = 20)
  void theSameSeedGivesTheSameRun(@ForAll("mixes") Mix mix) {
    Recorded a = run(mix);
    Recorded b = run(mix);
    assertThat(a.summary()).isEqualTo(b.summary());
    assertThat(a.tasks()).isEqualTo(b.tasks());
  }

  @Property(tries = 10)
  void progressIsReportedInHundredthsAndLeavesTheRunAsItIs(@ForAll("mixes") Mix mix) {
    List<Integer> reported = new ArrayList<>();
    Recorded withProgress = Recorded.run(Simulation.build(Scenarios.parse(mix.yaml())), reported::add);
    assertThat(reported).isEqualTo(java.util.stream.IntStream.rangeClosed(1, 100).boxed().toList());
    Recorded without = run(mix);
    assertThat(withProgress.summary()).isEqualTo(without.summary());
    assertThat(withProgress.tasks()).isEqualTo(without.tasks());
  }


  private static Recorded run(Mix mix) {
    return Recorded.run(Simulation.build(Scenarios.parse(mix.yaml())));
  }
}
