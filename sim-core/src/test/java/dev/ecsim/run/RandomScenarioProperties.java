package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.catalog.InstanceCatalog;
import dev.ecsim.catalog.InstanceType;
import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.run.RandomScenarios.Mode;
import dev.ecsim.run.RandomScenarios.RandomScenario;
import dev.ecsim.run.RandomScenarios.TaskDef;
import dev.ecsim.testing.Scenarios;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Invariants every run must keep, over whole random scenarios ({@link RandomScenarios}): EC2 groups
 * on-demand and spot (with interruptions and draining), cluster auto scaling on and off, managed
 * termination protection and draining, Fargate and Fargate Spot, strategies with base and weight,
 * REPLICA services with load and target-tracking or step scaling, DAEMON services, placement
 * strategies, bridge/host/awsvpc tasks with ports, and Poisson or fixed-interval jobs.
 *
 * <p>What the run must respect is worked out from the scenario model and the instance catalog, not
 * read from the run: registered sizes, ENI limits, host ports, Fargate and EC2 prices. Instance
 * lifetimes come from the event log (INSTANCE_REGISTERED, INSTANCE_TERMINATED).
 *
 * <p>Tries: each property's default below; {@code -Decsim.randomTries=N} runs N tries of each
 * ({@link RandomTries}), e.g. {@code ./mvnw -o -pl sim-core test -Dtest=RandomScenarioProperties
 * -Decsim.randomTries=10000}. A failure prints the scenario's YAML.
 */
@AddLifecycleHook(RandomTries.class)
class RandomScenarioProperties {
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled("us-east-1");
  /** Summary figures are rounded to 6 decimals each: sums of a few of them agree to this. */
  private static final double CENTS = 1e-5;
  private static final String ESSENTIAL_EXITED = "EssentialContainerExited";
  private static final Set<String> LOST_INSTANCE = Set.of("SpotInterruption", "TerminationNotice");

  @Provide
  Arbitrary<RandomScenario> scenarios() {
    return RandomScenarios.scenarios();
  }

  /** What one instance was, from the event log. */
  record Instance(String id, String group, String type, long launchedAt, long registeredAt, OptionalLong terminatedAt,
      boolean spotInterrupted) {
    long end(long horizon) {
      return terminatedAt.orElse(horizon);
    }
  }

  record Run(RandomScenario scenario, Recorded recorded, Map<String, Instance> instances) {
    Summary summary() {
      return recorded.summary();
    }

    List<TaskRecord> tasks() {
      return recorded.tasks();
    }

    long horizon() {
      return scenario.horizonMillis();
    }

    /** The scenario, for every failure message. */
    String context() {
      return "scenario:\n" + scenario.yaml();
    }
  }

  // ---- 1. no over-commit ----

  /**
   * On every instance at every moment the tasks holding it (placement to stop, half-open) reserve
   * no more CPU and memory than it registered, hold no static host port twice, use no more ENIs
   * than its awsvpc task limit, and a DAEMON service has at most one task on it.
   */
  @Property(tries = 60)
  void noInstanceIsEverOverCommitted(@ForAll("scenarios") RandomScenario scenario) {
    Run run = run(scenario);
    Map<String, TaskDef> defs = scenario.definitionsByFamily();
    Map<String, List<TaskRecord>> byInstance = new TreeMap<>();
    for (TaskRecord t : run.tasks()) {
      t.containerInstanceId().ifPresent(id -> byInstance.computeIfAbsent(id, k -> new ArrayList<>()).add(t));
    }
    byInstance.forEach((id, tasks) -> {
      Instance instance = run.instances.get(id);
      assertThat(instance).as("%s: tasks on %s, which never registered\n%s", tasks.get(0).taskId(), id, run.context())
          .isNotNull();
      InstanceType type = CATALOG.find(instance.type).orElseThrow();
      double fraction = scenario.group(instance.group).memoryFraction();
      int cpuLimit = type.vcpu() * 1024;
      int memoryLimit = new BigDecimal(type.memoryMiB()).multiply(BigDecimal.valueOf(fraction)).intValue();
      int eniLimit = scenario.trunking() && type.trunkedEnis().isPresent()
          ? type.trunkedEnis().getAsInt() : type.maxEnis() - 1; // the primary ENI takes a slot

      record Edge(long at, int sign, TaskRecord task) {}
      List<Edge> edges = new ArrayList<>();
      for (TaskRecord t : tasks) {
        long placed = t.pullStartedAt().orElseThrow(() -> new AssertionError(t.taskId() + " on " + id
            + " has no pullStartedAt (placement)\n" + run.context()));
        edges.add(new Edge(placed, +1, t));
        edges.add(new Edge(t.stoppedAt().orElse(run.horizon()), -1, t));
      }
      // A task stopping at t frees its share before one placed at t takes it.
      edges.sort(Comparator.comparingLong(Edge::at).thenComparingInt(Edge::sign));
      long cpu = 0;
      long memory = 0;
      int enis = 0;
      Map<Integer, String> ports = new HashMap<>();
      Map<String, String> daemonTask = new HashMap<>();
      for (Edge e : edges) {
        TaskRecord t = e.task;
        TaskDef def = defs.get(t.taskDefinition());
        assertThat(t.cpu()).as("%s cpu", t.taskId()).isEqualTo(def.cpu());
        assertThat(t.memory()).as("%s memory", t.taskId()).isEqualTo(def.memory());
        cpu += e.sign * def.cpu();
        memory += e.sign * def.memory();
        enis += def.mode() == Mode.AWSVPC ? e.sign : 0;
        boolean daemon = isDaemon(scenario, t.serviceOrJob());
        if (e.sign < 0) {
          def.staticHostPorts().forEach(ports::remove);
          if (daemon) {
            daemonTask.remove(t.serviceOrJob());
          }
          continue;
        }
        String at = " on " + id + " (" + instance.type + ") at " + e.at + " ms, placing " + t.taskId() + "\n"
            + run.context();
        assertThat(cpu).as("CPU units reserved" + at).isLessThanOrEqualTo(cpuLimit);
        assertThat(memory).as("MiB reserved" + at).isLessThanOrEqualTo(memoryLimit);
        assertThat(enis).as("awsvpc tasks (ENI limit %d)" + at, eniLimit).isLessThanOrEqualTo(eniLimit);
        for (int port : def.staticHostPorts()) {
          String holder = ports.put(port, t.taskId());
          assertThat(holder).as("host port %d already held by %s" + at, port, holder).isNull();
        }
        if (daemon) {
          String other = daemonTask.put(t.serviceOrJob(), t.taskId());
          assertThat(other).as("a second task of DAEMON service %s besides %s" + at, t.serviceOrJob(), other).isNull();
        }
      }
    });
  }

  private static boolean isDaemon(RandomScenario s, String owner) {
    return owner.startsWith("s") && s.services().get(Integer.parseInt(owner.substring(1))).daemon();
  }

  // ---- 2. no task outside its instance's life ----

  @Property(tries = 40)
  void noTaskLivesOutsideItsInstance(@ForAll("scenarios") RandomScenario scenario) {
    Run run = run(scenario);
    for (TaskRecord t : run.tasks()) {
      if (t.containerInstanceId().isEmpty()) {
        assertThat(t.pullStartedAt().isEmpty() || t.launchType().equals("FARGATE"))
            .as("%s was placed on no instance and is not on Fargate\n%s", t, run.context()).isTrue();
        continue;
      }
      Instance i = run.instances.get(t.containerInstanceId().get());
      assertThat(i).as("%s is on an instance that never registered\n%s", t, run.context()).isNotNull();
      assertThat(t.instanceType()).as("%s instance type", t.taskId()).contains(i.type);
      assertThat(t.pullStartedAt().orElseThrow()).as("%s placed before %s registered at %d\n%s", t, i.id,
          i.registeredAt, run.context()).isGreaterThanOrEqualTo(i.registeredAt);
      assertThat(t.stoppedAt().orElse(run.horizon())).as("%s outlives %s, terminated at %s\n%s", t, i.id,
          i.terminatedAt, run.context()).isLessThanOrEqualTo(i.end(run.horizon()));
    }
  }

  // ---- 3. timestamps in lifecycle order ----

  @Property(tries = 40)
  void timestampsAreInLifecycleOrderWithinTheRun(@ForAll("scenarios") RandomScenario scenario) {
    Run run = run(scenario);
    for (TaskRecord t : run.tasks()) {
      long previous = t.createdAt();
      assertThat(previous).as("%s createdAt\n%s", t, run.context()).isBetween(0L, run.horizon());
      for (OptionalLong step : List.of(t.pullStartedAt(), t.pullStoppedAt(), t.startedAt(), t.stoppingAt(),
          t.stoppedAt())) {
        if (step.isPresent()) {
          assertThat(step.getAsLong()).as("%s out of order or past the horizon\n%s", t, run.context())
              .isBetween(previous, run.horizon());
          previous = step.getAsLong();
        }
      }
      // A step is only reached through the ones before it.
      if (t.startedAt().isPresent()) {
        assertThat(t.pullStoppedAt()).as("%s started without its pull done", t).isPresent();
      }
      if (t.pullStoppedAt().isPresent()) {
        assertThat(t.pullStartedAt()).as("%s pull stopped without starting", t).isPresent();
      }
      assertThat(t.stopCode().isPresent()).as("%s: a stop code exactly when stopped", t)
          .isEqualTo(t.stoppedAt().isPresent());
    }
  }

  // ---- 4. bills ----

  @Property(tries = 60)
  void theBillAddsUpAndMatchesThePrices(@ForAll("scenarios") RandomScenario scenario) {
    Run run = run(scenario);
    Summary.Cost cost = run.summary().cost();
    String ctx = run.context();
    double total = cost.totalUsd();
    assertThat(total).as("total\n%s", ctx).isGreaterThanOrEqualTo(0);
    for (Map<String, Double> split : List.of(cost.byCapacityProvider(), cost.byPurchaseOption(), cost.byService())) {
      split.forEach((k, v) -> assertThat(v).as("cost of %s in %s\n%s", k, split, ctx)
          .isGreaterThanOrEqualTo(k.equals("idle") ? -1e-6 : 0));
      double sum = split.values().stream().mapToDouble(Double::doubleValue).sum();
      assertThat(sum).as("%s adds up to the total %s\n%s", split, total, ctx).isCloseTo(total, within(CENTS));
    }
    assertThat(cost.byPurchaseOption().keySet()).as("purchase options\n%s", ctx).isSubsetOf("on-demand", "spot");

    // Fargate: every task is its own meter, billed seconds x its size at the scenario's rates.
    Map<String, Double> fargateByProvider = new TreeMap<>(Map.of("FARGATE", 0.0, "FARGATE_SPOT", 0.0));
    for (TaskRecord t : run.tasks()) {
      if (!t.launchType().equals("FARGATE")) {
        continue;
      }
      double expected = 0;
      if (t.pullStartedAt().isPresent()) {
        long millis = t.stoppedAt().orElse(run.horizon()) - t.pullStartedAt().getAsLong();
        long seconds = Math.max(60, (millis + 999) / 1000);
        boolean spot = t.capacityProviderName().equals("FARGATE_SPOT");
        double vcpu = spot ? scenario.prices().spotVcpuHour() : scenario.prices().vcpuHour();
        double gb = spot ? scenario.prices().spotGbHour() : scenario.prices().gbHour();
        expected = seconds * (t.cpu() / 1024.0 * vcpu + t.memory() / 1024.0 * gb) / 3600;
      }
      assertThat(t.costUsd()).as("Fargate bill of %s\n%s", t, ctx).isCloseTo(expected, within(1e-9));
      fargateByProvider.merge(t.capacityProviderName(), expected, Double::sum);
    }
    fargateByProvider.forEach((p, usd) -> assertThat(cost.byCapacityProvider().getOrDefault(p, 0.0))
        .as("%s bill\n%s", p, ctx).isCloseTo(usd, within(CENTS)));

    // EC2: each registered instance per second from launch (60 s minimum; a Spot Instance
    // interrupted in its first hour is free). Instances still booting at the horizon are not in the
    // event log: each adds 60 to 90 s at one of its group's prices, and there are at most as many as
    // the group could still launch.
    for (int g = 0; g < scenario.groups().size(); g++) {
      String name = RandomScenario.groupName(g);
      RandomScenarios.Ec2Group group = scenario.groups().get(g);
      double known = 0;
      int aliveAtHorizon = 0;
      for (Instance i : run.instances.values()) {
        if (!i.group.equals(name)) {
          continue;
        }
        long millis = i.end(run.horizon()) - i.launchedAt;
        long seconds = i.spotInterrupted ? (millis < 3_600_000 ? 0 : (millis + 999) / 1000)
            : Math.max(60, (millis + 999) / 1000);
        known += seconds * price(scenario, group, i.type) / 3600;
        aliveAtHorizon += i.terminatedAt.isEmpty() ? 1 : 0;
      }
      double billed = cost.byCapacityProvider().get(name);
      double booting = billed - known;
      double cheapest = group.types().stream().mapToDouble(t -> price(scenario, group, t)).min().orElseThrow();
      double dearest = group.types().stream().mapToDouble(t -> price(scenario, group, t)).max().orElseThrow();
      int couldBoot = Math.max(0, group.max() - aliveAtHorizon);
      String what = name + " billed " + billed + ", registered instances " + known + "\n" + ctx;
      assertThat(booting).as(what).isGreaterThanOrEqualTo(-1e-6);
      if (booting > 1e-6) {
        assertThat(booting).as("at least one booting instance's minute " + what)
            .isGreaterThanOrEqualTo(60 * cheapest / 3600 - 1e-6);
        assertThat(booting).as("at most %d booting instances of %d s " + what, couldBoot,
            RandomScenarios.BOOT_MAX_SECONDS)
            .isLessThanOrEqualTo(couldBoot * RandomScenarios.BOOT_MAX_SECONDS * dearest / 3600 + 1e-6);
      }
    }

    // Allocation: an owner's cost is what its task records were charged, less the shares refunded
    // with a Spot Instance interrupted in its first hour.
    Set<String> refunded = new HashSet<>();
    run.instances.values().stream().filter(i -> i.spotInterrupted && i.end(run.horizon()) - i.launchedAt < 3_600_000)
        .forEach(i -> refunded.add(i.id));
    Map<String, Double> byOwner = new TreeMap<>();
    RandomScenarios.owners(scenario).forEach(o -> byOwner.put(o, 0.0));
    for (TaskRecord t : run.tasks()) {
      assertThat(t.costUsd()).as("%s cost\n%s", t, ctx).isGreaterThanOrEqualTo(0);
      boolean free = t.containerInstanceId().map(refunded::contains).orElse(false);
      byOwner.merge(t.serviceOrJob(), free ? 0 : t.costUsd(), Double::sum);
    }
    byOwner.forEach((owner, usd) -> assertThat(cost.byService().get(owner)).as("cost of %s\n%s", owner, ctx)
        .isCloseTo(usd, within(CENTS)));
  }

  /** The hourly price of an instance of {@code type} in {@code group}: on-demand, or times the spot ratio. */
  private static double price(RandomScenario s, RandomScenarios.Ec2Group group, String type) {
    double[] p = s.prices().ec2().get(type);
    return group.spot().isPresent() ? p[0] * p[1] : p[0];
  }

  // ---- 5. task conservation ----

  @Property(tries = 40)
  void everyTaskIsAccountedForOnce(@ForAll("scenarios") RandomScenario scenario) {
    Run run = run(scenario);
    Summary s = run.summary();
    String ctx = run.context();
    Set<String> ids = new HashSet<>();
    for (TaskRecord t : run.tasks()) {
      assertThat(ids.add(t.taskId())).as("%s recorded twice\n%s", t.taskId(), ctx).isTrue();
      assertThat(RandomScenarios.owners(scenario)).as("owner of %s", t).contains(t.serviceOrJob());
    }
    assertThat((long) run.tasks().size()).as("tasks launched\n%s", ctx).isEqualTo(s.tasks().launched());
    assertThat(s.tasks().completed()).as("tasks completed\n%s", ctx).isEqualTo(count(run.tasks(), ESSENTIAL_EXITED));
    assertThat(s.tasks().stoppedBySpot()).as("stopped by spot\n%s", ctx)
        .isEqualTo(count(run.tasks(), "SpotInterruption"));
    assertThat(s.jobs().keySet()).as("jobs\n%s", ctx).hasSize(scenario.jobs().size());
    for (int j = 0; j < scenario.jobs().size(); j++) {
      String name = "j" + j;
      Summary.JobFigures f = s.jobs().get(name);
      List<TaskRecord> mine = run.tasks().stream().filter(t -> t.serviceOrJob().equals(name)).toList();
      long stopped = mine.stream().filter(t -> t.stoppedAt().isPresent()).count();
      long interrupted = mine.stream().filter(t -> t.stopCode().filter(LOST_INSTANCE::contains).isPresent()).count();
      long waiting = mine.stream().filter(t -> t.stoppedAt().isEmpty() && t.startedAt().isEmpty()).count();
      String what = name + " " + f + "\n" + ctx;
      // Each submission and each retry is one task, stopped or still there at the horizon.
      assertThat((long) mine.size()).as("tasks of " + what).isEqualTo(f.submitted() + f.retried());
      assertThat(f.completed()).as("completed of " + what).isEqualTo(count(mine, ESSENTIAL_EXITED));
      assertThat(f.completed() + f.interrupted()).as("stopped of " + what).isEqualTo(stopped);
      assertThat(f.interrupted()).as("interrupted of " + what).isEqualTo(interrupted);
      assertThat(f.retried()).as("retried of " + what).isEqualTo(scenario.jobs().get(j).retry() ? interrupted : 0);
      assertThat(f.waitingAtEnd()).as("waiting at the end of " + what).isEqualTo(waiting);
      // A fixed-interval job submits one task at 0, every interval after, before the horizon.
      scenario.jobs().get(j).fixedEveryMinutes().ifPresent(m -> assertThat(f.submitted()).as("submitted of " + what)
          .isEqualTo((run.horizon() - 1) / (m * 60_000L) + 1));
    }
  }

  private static long count(List<TaskRecord> tasks, String stopCode) {
    return tasks.stream().filter(t -> t.stopCode().filter(stopCode::equals).isPresent()).count();
  }

  // ---- 6. determinism ----

  @Property(tries = 25)
  void theSameScenarioAndSeedGiveTheSameRun(@ForAll("scenarios") RandomScenario scenario) {
    Run a = run(scenario);
    Run b = run(scenario);
    assertThat(b.summary()).as("summary\n%s", a.context()).isEqualTo(a.summary());
    assertThat(b.tasks()).as("task records\n%s", a.context()).isEqualTo(a.tasks());
    assertThat(b.recorded.events()).as("event log\n%s", a.context()).isEqualTo(a.recorded.events());
  }


  // ---- running and reading the event log ----

  private static final Pattern REGISTERED = Pattern.compile(
      "\\(([^,]+), [^)]+\\) registered as (ci-\\d+) with .*?(?:, ([0-9.]+) s after launch)?$");
  private static final Pattern TERMINATED = Pattern.compile("\\((ci-\\d+), [^)]+\\) terminated: (.*)$");

  static Run run(RandomScenario scenario) {
    Recorded recorded = Recorded.run(Simulation.build(Scenarios.parse(scenario.yaml())));
    Map<String, Instance> instances = new TreeMap<>();
    for (EventRecord e : recorded.events()) {
      if (e.type().equals(EventType.INSTANCE_REGISTERED)) {
        Matcher m = REGISTERED.matcher(e.message());
        assertThat(m.find()).as("an INSTANCE_REGISTERED message as expected: %s", e).isTrue();
        long bootMillis = m.group(3) == null ? 0 : Math.round(Double.parseDouble(m.group(3)) * 1000);
        Instance previous = instances.put(m.group(2), new Instance(m.group(2), e.source(), m.group(1),
            e.timeMillis() - bootMillis, e.timeMillis(), OptionalLong.empty(), false));
        assertThat(previous).as("%s registered twice", m.group(2)).isNull();
      } else if (e.type().equals(EventType.INSTANCE_TERMINATED)) {
        Matcher m = TERMINATED.matcher(e.message());
        assertThat(m.find()).as("an INSTANCE_TERMINATED message as expected: %s", e).isTrue();
        Instance i = instances.get(m.group(1));
        assertThat(i).as("%s terminated before it registered", m.group(1)).isNotNull();
        assertThat(i.terminatedAt).as("%s terminated twice", i.id).isEmpty();
        instances.put(i.id, new Instance(i.id, i.group, i.type, i.launchedAt, i.registeredAt,
            OptionalLong.of(e.timeMillis()), m.group(2).startsWith("spot interruption")));
      }
    }
    return new Run(scenario, recorded, instances);
  }
}
