package dev.ecsim.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Whole random scenarios for {@link RandomScenarioProperties}: a small model of a scenario (EC2
 * groups, Fargate, task definitions, services, jobs, prices) that renders itself as the YAML a user
 * would write. The properties feed that text to the real loader and keep the model to work out what
 * the run must respect (instance sizes, ports, ENI limits, prices) without asking the simulator.
 *
 * <p>Scenarios stay small (1 to 4 hours, at most 2 groups of at most 4 instances, a few services
 * and jobs) so a try takes milliseconds. Names come from positions (ec2a, s0, j1, ...), so lists
 * shrink without breaking references.
 */
final class RandomScenarios {
  private RandomScenarios() {}

  /** Instance types with different shapes: no trunking (t3), trunking (m5), unknown trunking (m7i), arm64 (m6g). */
  static final List<String> INSTANCE_TYPES = List.of("t3.medium", "m5.large", "m5.xlarge", "m7i.large", "m6g.large");
  /** Boot time of every launched instance, so a bill can bound what a still-booting one costs. */
  static final int BOOT_MIN_SECONDS = 30;
  static final int BOOT_MAX_SECONDS = 90;
  /** Valid Fargate cpu/memory pairs (docs/ecs-behaviour.md §3.1), small ones. */
  private static final int[][] FARGATE_SIZES = {{256, 512}, {512, 1024}, {1024, 2048}, {2048, 4096}};

  enum Mode { BRIDGE, HOST, AWSVPC }

  /** A port mapping: bridge maps it to the same static host port or (not fixed) a dynamic one. */
  record Port(int containerPort, boolean fixed) {}

  record TaskDef(int cpu, int memory, Mode mode, List<Port> ports, int imageMiB, int startSeconds) {
    /** Static host ports a task of this definition holds on its instance (awsvpc tasks use their own ENI). */
    List<Integer> staticHostPorts() {
      return switch (mode) {
        case AWSVPC -> List.of();
        case HOST -> ports.stream().map(Port::containerPort).toList();
        case BRIDGE -> ports.stream().filter(Port::fixed).map(Port::containerPort).toList();
      };
    }
  }

  /** Spot interruptions: listed times (minutes from the start) or a rate per hour; draining on EC2. */
  record SpotPlan(List<Integer> interruptionMinutes, Optional<Double> ratePerHour, boolean draining) {}

  record Managed(int targetCapacity, int warmupSeconds, int maxStep) {}

  record Ec2Group(List<String> types, Optional<SpotPlan> spot, int min, int desired, int max, Optional<Managed> managed,
      boolean protection, boolean draining, double memoryFraction) {}

  /** One strategy item: provider by index (into the EC2 groups, or 0 FARGATE / 1 FARGATE_SPOT). */
  record Item(int provider, int base, int weight) {}

  record Load(int requestsPerSecond, Optional<Integer> stepAtMinute, int stepRequestsPerSecond) {}

  record Scaling(int min, int max, boolean targetTracking, int target) {}

  /** A service or a job; {@code fargate} says whether its strategy names Fargate or EC2 providers. */
  record Workload(boolean fargate, TaskDef def, List<Item> strategy, Optional<String> placement,
      // service only
      boolean daemon, int desired, Optional<Load> load, Optional<Scaling> scaling, int minHealthy, int maxPercent,
      // job only
      Optional<Integer> fixedEveryMinutes, int perHour, String duration, boolean retry) {}

  record Prices(Map<String, double[]> ec2, double vcpuHour, double gbHour, double spotVcpuHour, double spotGbHour) {}

  record RandomScenario(long seed, int hours, boolean trunking, List<Ec2Group> groups, SpotPlan fargateSpot,
      Prices prices, List<Workload> services, List<Workload> jobs) {

    long horizonMillis() {
      return hours * 3_600_000L;
    }

    static String groupName(int i) {
      return "ec2" + (char) ('a' + i);
    }

    String providerName(boolean fargate, int index) {
      return fargate ? (index == 0 ? "FARGATE" : "FARGATE_SPOT") : groupName(index);
    }

    /** The task definition family of a service (s0, s1, ...) or job (j0, j1, ...) is its name with "-td". */
    Map<String, TaskDef> definitionsByFamily() {
      Map<String, TaskDef> defs = new LinkedHashMap<>();
      for (int i = 0; i < services.size(); i++) {
        defs.put("s" + i + "-td", services.get(i).def);
      }
      for (int i = 0; i < jobs.size(); i++) {
        defs.put("j" + i + "-td", jobs.get(i).def);
      }
      return defs;
    }

    Ec2Group group(String name) {
      return groups.get(name.charAt(3) - 'a');
    }

    String yaml() {
      StringBuilder y = new StringBuilder();
      y.append("name: random\nseed: ").append(seed).append("\nduration: ").append(hours).append("h\nmetricsPeriod: 1m\n");
      y.append("cluster:\n  availabilityZones: [us-east-1a, us-east-1b]\n  awsvpcTrunking: ").append(trunking)
          .append("\n  capacityProviders:\n");
      for (int i = 0; i < groups.size(); i++) {
        appendGroup(y, groupName(i), groups.get(i));
      }
      y.append("    - {name: FARGATE, type: fargate}\n");
      String fargateSpotYaml = spotYaml(fargateSpot, false);
      y.append("    - {name: FARGATE_SPOT, type: fargate-spot").append(fargateSpotYaml.equals("{}") ? "" : ", spot: "
          + fargateSpotYaml).append("}\n");
      y.append("pricing:\n  ec2:\n");
      prices.ec2.forEach((type, p) -> y.append("    ").append(type).append(": {onDemandUsdPerHour: ").append(plain(p[0]))
          .append(", spotPriceRatio: ").append(plain(p[1])).append("}\n"));
      y.append("  fargate:\n    x86_64: {vcpuHourUsd: ").append(plain(prices.vcpuHour)).append(", gbHourUsd: ")
          .append(plain(prices.gbHour)).append("}\n    spot: {vcpuHourUsd: ").append(plain(prices.spotVcpuHour))
          .append(", gbHourUsd: ").append(plain(prices.spotGbHour)).append("}\n");
      y.append("taskDefinitions:\n");
      definitionsByFamily().forEach((family, def) -> appendDefinition(y, family, def));
      if (!services.isEmpty()) {
        y.append("services:\n");
        for (int i = 0; i < services.size(); i++) {
          appendService(y, "s" + i, services.get(i));
        }
      }
      if (!jobs.isEmpty()) {
        y.append("jobs:\n");
        for (int i = 0; i < jobs.size(); i++) {
          appendJob(y, "j" + i, jobs.get(i));
        }
      }
      return y.toString();
    }

    private void appendGroup(StringBuilder y, String name, Ec2Group g) {
      y.append("    - name: ").append(name).append("\n      type: ec2\n      instanceTypes: ").append(g.types)
          .append("\n      minSize: ").append(g.min).append("\n      desiredSize: ").append(g.desired)
          .append("\n      maxSize: ").append(g.max)
          .append("\n      registeredMemoryFraction: ").append(g.memoryFraction)
          .append("\n      instanceLaunch: {bootTime: {uniform: [").append(BOOT_MIN_SECONDS).append("s, ")
          .append(BOOT_MAX_SECONDS).append("s]}}\n");
      g.spot.ifPresent(s -> y.append("      purchaseOption: spot\n      spot: ").append(spotYaml(s, true)).append("\n"));
      g.managed.ifPresent(m -> y.append("      managedScaling: {status: ENABLED, targetCapacity: ").append(m.targetCapacity)
          .append(", maximumScalingStepSize: ").append(m.maxStep).append(", instanceWarmupPeriod: ")
          .append(m.warmupSeconds).append("s}\n"));
      y.append("      managedTerminationProtection: ").append(g.protection ? "ENABLED" : "DISABLED")
          .append("\n      managedDraining: ").append(g.draining ? "ENABLED" : "DISABLED").append("\n");
    }

    private String spotYaml(SpotPlan s, boolean ec2) {
      List<String> fields = new ArrayList<>();
      if (!s.interruptionMinutes.isEmpty()) {
        fields.add("interruptionTimes: [" + s.interruptionMinutes.stream().sorted().map(m -> m + "m")
            .collect(Collectors.joining(", ")) + "]");
      } else {
        s.ratePerHour.ifPresent(r -> fields.add("interruptionRate: " + r + "/h"));
      }
      if (ec2) {
        fields.add("draining: " + s.draining);
      }
      return "{" + String.join(", ", fields) + "}";
    }

    private static void appendDefinition(StringBuilder y, String family, TaskDef d) {
      y.append("  - family: ").append(family).append("\n    cpu: ").append(d.cpu).append("\n    memory: ")
          .append(d.memory).append("\n    networkMode: ").append(d.mode.name().toLowerCase()).append("\n");
      if (d.mode == Mode.AWSVPC && isFargateSize(d.cpu, d.memory)) {
        y.append("    requiresCompatibilities: [EC2, FARGATE]\n");
      }
      y.append("    containerDefinitions:\n      - name: c\n        image: {name: \"").append(family)
          .append(":1\", sizeMiB: ").append(d.imageMiB).append("}\n        startTime: ").append(d.startSeconds)
          .append("s\n");
      if (!d.ports.isEmpty()) {
        y.append("        portMappings:\n");
        for (Port p : d.ports) {
          y.append("          - {containerPort: ").append(p.containerPort);
          if (d.mode == Mode.BRIDGE) {
            y.append(", hostPort: ").append(p.fixed ? p.containerPort : 0);
          }
          y.append("}\n");
        }
      }
    }

    private void appendStrategy(StringBuilder y, Workload w) {
      y.append("    capacityProviderStrategy: [").append(w.strategy.stream()
          .map(i -> "{capacityProvider: " + providerName(w.fargate, i.provider) + ", base: " + i.base + ", weight: "
              + i.weight + "}").collect(Collectors.joining(", "))).append("]\n");
      if (!w.fargate) {
        w.placement.ifPresent(p -> y.append("    placementStrategy: [").append(p).append("]\n"));
      }
    }

    private void appendService(StringBuilder y, String name, Workload w) {
      y.append("  - name: ").append(name).append("\n    taskDefinition: ").append(name).append("-td\n");
      if (w.daemon) {
        y.append("    schedulingStrategy: DAEMON\n    capacityProviderStrategy: [").append(w.strategy.stream()
            .map(i -> "{capacityProvider: " + groupName(i.provider) + "}").collect(Collectors.joining(", ")))
            .append("]\n");
        return;
      }
      y.append("    desiredCount: ").append(w.desired).append("\n");
      appendStrategy(y, w);
      y.append("    deploymentConfiguration: {minimumHealthyPercent: ").append(w.minHealthy)
          .append(", maximumPercent: ").append(w.maxPercent).append("}\n");
      w.load.ifPresent(l -> {
        y.append("    load:\n      capacityPerTask: 100/s\n      requestRate: ");
        if (l.stepAtMinute.isPresent()) {
          y.append("{steps: [{at: 0s, rate: ").append(l.requestsPerSecond).append("/s}, {at: ")
              .append(l.stepAtMinute.get()).append("m, rate: ").append(l.stepRequestsPerSecond).append("/s}]}\n");
        } else {
          y.append("{constant: ").append(l.requestsPerSecond).append("/s}\n");
        }
      });
      w.scaling.ifPresent(s -> {
        y.append("    autoScaling:\n      minCapacity: ").append(s.min).append("\n      maxCapacity: ").append(s.max)
            .append("\n      policies:\n");
        if (s.targetTracking) {
          y.append("        - {name: cpu, type: TargetTrackingScaling, predefinedMetric: ECSServiceAverageCPUUtilization,"
              + " targetValue: ").append(s.target).append(", scaleOutCooldown: 60s, scaleInCooldown: 120s}\n");
        } else {
          // Scale out by steps above the threshold, in by a quarter below half of it.
          y.append(String.join("\n",
              "        - name: out",
              "          type: StepScaling",
              "          alarm: {metric: CPUUtilization, comparisonOperator: GreaterThanOrEqualToThreshold, threshold: "
                  + s.target + ", evaluationPeriods: 2}",
              "          adjustmentType: ChangeInCapacity",
              "          cooldown: 60s",
              "          stepAdjustments:",
              "            - {metricIntervalLowerBound: 0, metricIntervalUpperBound: 15, scalingAdjustment: 1}",
              "            - {metricIntervalLowerBound: 15, scalingAdjustment: 2}",
              "        - name: in",
              "          type: StepScaling",
              "          alarm: {metric: CPUUtilization, comparisonOperator: LessThanThreshold, threshold: "
                  + s.target / 2 + ", evaluationPeriods: 5}",
              "          adjustmentType: PercentChangeInCapacity",
              "          minAdjustmentMagnitude: 1",
              "          stepAdjustments:",
              "            - {metricIntervalUpperBound: 0, scalingAdjustment: -25}",
              ""));
        }
      });
    }

    private void appendJob(StringBuilder y, String name, Workload w) {
      y.append("  - name: ").append(name).append("\n    taskDefinition: ").append(name).append("-td\n    arrivals: ")
          .append(w.fixedEveryMinutes.map(m -> "{fixed: " + m + "m}").orElse("{poisson: {rate: " + w.perHour + "/h}}"))
          .append("\n    duration: ").append(w.duration).append("\n    onInterruption: ")
          .append(w.retry ? "retry" : "fail").append("\n");
      appendStrategy(y, w);
    }
  }

  /** A price as a user writes it (0.000109, not 1.09E-4). */
  private static String plain(double d) {
    return java.math.BigDecimal.valueOf(d).toPlainString();
  }

  static boolean isFargateSize(int cpu, int memory) {
    for (int[] s : FARGATE_SIZES) {
      if (s[0] == cpu && s[1] == memory) {
        return true;
      }
    }
    return false;
  }

  // ---- generators ----

  static Arbitrary<RandomScenario> scenarios() {
    return Combinators.combine(
        Arbitraries.longs().between(0, 1_000_000),
        Arbitraries.integers().between(1, 4),
        Arbitraries.of(true, false),
        group().list().ofMinSize(1).ofMaxSize(2),
        spotPlan(240, false),
        Arbitraries.of(true, false))
        .flatAs((seed, hours, trunking, groups, fargateSpot, anyFargate) -> Combinators.combine(
            prices(groups),
            service(groups.size(), anyFargate).list().ofMaxSize(3),
            job(groups.size(), anyFargate).list().ofMaxSize(3))
            .as((prices, services, jobs) -> new RandomScenario(seed, hours, trunking,
                groups.stream().map(g -> clip(g, hours)).toList(), clip(fargateSpot, hours), prices, services, jobs)))
        .filter(s -> !s.services.isEmpty() || !s.jobs.isEmpty()); // a scenario needs a task definition
  }

  /** Interruption times past the horizon are refused by nothing but mean nothing: keep those within it. */
  private static SpotPlan clip(SpotPlan s, int hours) {
    return new SpotPlan(s.interruptionMinutes.stream().filter(m -> m < hours * 60).toList(), s.ratePerHour, s.draining);
  }

  private static Ec2Group clip(Ec2Group g, int hours) {
    return new Ec2Group(g.types, g.spot.map(s -> clip(s, hours)), g.min, g.desired, g.max, g.managed, g.protection,
        g.draining, g.memoryFraction);
  }

  private static Arbitrary<SpotPlan> spotPlan(int maxMinute, boolean ec2) {
    return Combinators.combine(
        Arbitraries.integers().between(1, maxMinute - 1).list().ofMaxSize(4),
        Arbitraries.of(0.2, 0.5, 1.0, 2.0).optional(0.5),
        Arbitraries.of(true, false)).as((times, rate, draining) -> new SpotPlan(times, rate, ec2 && draining));
  }

  private static Arbitrary<Ec2Group> group() {
    Arbitrary<List<String>> types = Arbitraries.of(INSTANCE_TYPES).set().ofMinSize(1).ofMaxSize(2)
        .map(s -> List.copyOf(new LinkedHashSet<>(s)));
    Arbitrary<Optional<Managed>> managed = Combinators.combine(
        Arbitraries.of(50, 75, 100), Arbitraries.of(0, 60, 300), Arbitraries.of(1, 2, 10)).as(Managed::new).optional(0.5);
    Arbitrary<int[]> sizes = Combinators.combine(
        Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3))
        .as((min, extraDesired, extraMax) -> new int[] {min, Math.min(4, min + extraDesired),
            Math.min(4, Math.max(1, min + extraDesired + extraMax))});
    return Combinators.combine(types, spotPlan(240, true).optional(0.5), sizes, managed, Arbitraries.of(true, false),
        Arbitraries.of(true, false), Arbitraries.of(0.9, 0.98, 1.0))
        .as((t, spot, sz, m, protection, draining, fraction) -> new Ec2Group(t, spot, sz[0], sz[1], sz[2], m,
            protection && m.isPresent(), draining, fraction));
  }

  /** Prices for every type a group may launch, so a bill can be worked out from the scenario alone. */
  private static Arbitrary<Prices> prices(List<Ec2Group> groups) {
    List<String> types = groups.stream().flatMap(g -> g.types.stream()).distinct().toList();
    Arbitrary<double[]> ec2 = Combinators.combine(Arbitraries.integers().between(10, 900),
        Arbitraries.integers().between(10, 90)).as((mills, pct) -> new double[] {mills / 1000.0, pct / 100.0});
    return Combinators.combine(ec2.list().ofSize(types.size()),
        Arbitraries.integers().between(1_000, 90_000), Arbitraries.integers().between(100, 9_000),
        Arbitraries.integers().between(1_000, 30_000), Arbitraries.integers().between(100, 3_000))
        .as((p, vcpu, gb, spotVcpu, spotGb) -> {
          Map<String, double[]> byType = new LinkedHashMap<>();
          IntStream.range(0, types.size()).forEach(i -> byType.put(types.get(i), p.get(i)));
          return new Prices(byType, vcpu / 1e6, gb / 1e6, spotVcpu / 1e6, spotGb / 1e6);
        });
  }

  private static Arbitrary<TaskDef> ec2Def() {
    Arbitrary<List<Port>> ports = Combinators.combine(Arbitraries.of(80, 443, 8080), Arbitraries.of(true, false))
        .as(Port::new).list().ofMaxSize(2).filter(l -> l.stream().map(Port::containerPort).distinct().count() == l.size());
    return Combinators.combine(Arbitraries.of(128, 256, 512, 1024, 2048), Arbitraries.integers().between(128, 3_500),
        Arbitraries.of(Mode.values()), ports, Arbitraries.of(0, 50, 500), Arbitraries.integers().between(0, 20))
        .as(TaskDef::new);
  }

  private static Arbitrary<TaskDef> fargateDef() {
    return Combinators.combine(Arbitraries.of(FARGATE_SIZES), Arbitraries.of(80, 8080).list().ofMaxSize(1),
        Arbitraries.of(0, 50, 500), Arbitraries.integers().between(0, 20))
        .as((size, ports, image, start) -> new TaskDef(size[0], size[1], Mode.AWSVPC,
            ports.stream().map(p -> new Port(p, false)).toList(), image, start));
  }

  /** A valid strategy: 1 or 2 distinct providers, base on at most the first, a weight above 0 somewhere. */
  private static Arbitrary<List<Item>> strategy(int providers) {
    Arbitrary<Item> first = Combinators.combine(Arbitraries.integers().between(0, providers - 1),
        Arbitraries.of(0, 0, 1, 2), Arbitraries.integers().between(1, 3)).as(Item::new);
    Arbitrary<Optional<Integer>> secondWeight = Arbitraries.integers().between(0, 3).optional(providers > 1 ? 0.5 : 0);
    return Combinators.combine(first, secondWeight).as((a, w) -> w.isEmpty() || providers < 2 ? List.of(a)
        : List.of(a, new Item(1 - a.provider(), 0, w.get())));
  }

  private static Arbitrary<Optional<String>> placement() {
    return Arbitraries.of("{type: binpack, field: cpu}", "{type: binpack, field: memory}", "{type: random}",
        "{type: spread, field: instanceId}", "{type: spread, field: attribute:ecs.availability-zone}, {type: binpack, field: memory}")
        .optional(0.8);
  }

  private enum ServiceKind { EC2, FARGATE, DAEMON }

  private static Arbitrary<Workload> service(int groups, boolean anyFargate) {
    Arbitrary<ServiceKind> kind = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(ServiceKind.EC2)),
        Tuple.of(anyFargate ? 3 : 0, Arbitraries.just(ServiceKind.FARGATE)),
        Tuple.of(1, Arbitraries.just(ServiceKind.DAEMON)));
    Arbitrary<Optional<Load>> load = Combinators.combine(Arbitraries.integers().between(10, 600),
        Arbitraries.integers().between(5, 200).optional(), Arbitraries.integers().between(0, 900))
        .as(Load::new).optional(0.6);
    Arbitrary<Optional<Scaling>> scaling = Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(2, 8), Arbitraries.of(true, false), Arbitraries.integers().between(40, 80))
        .as(Scaling::new).optional(0.6);
    return kind.flatMap(k -> {
      boolean fargate = k == ServiceKind.FARGATE;
      boolean daemon = k == ServiceKind.DAEMON;
      return Combinators.combine(
          fargate ? fargateDef() : ec2Def(),
          strategy(fargate ? 2 : groups),
          placement(),
          Arbitraries.integers().between(0, 5),
          load,
          scaling,
          Arbitraries.of(new int[] {100, 200}, new int[] {50, 200}, new int[] {0, 100}, new int[] {50, 150}))
          .as((def, strategy, placement, desired, l, sc, deployment) -> {
            // Auto scaling only where a load makes it do something; a daemon has neither.
            Optional<Scaling> s = l.isPresent() && !daemon ? sc : Optional.empty();
            int clamped = s.map(x -> Math.max(x.min, Math.min(x.max, desired))).orElse(desired);
            return new Workload(fargate, def, strategy, placement, daemon, clamped, daemon ? Optional.empty() : l, s,
                deployment[0], deployment[1], Optional.empty(), 0, "", false);
          });
    });
  }

  private static Arbitrary<Workload> job(int groups, boolean anyFargate) {
    Arbitrary<Boolean> onFargate = anyFargate ? Arbitraries.of(true, false) : Arbitraries.just(false);
    Arbitrary<String> duration = Arbitraries.of("{fixed: 2m}", "{fixed: 30m}", "{exponential: {mean: 10m}}",
        "{exponential: {mean: 40m}}", "{uniform: [30s, 20m]}", "{lognormal: {median: 5m, p95: 30m}}");
    return onFargate.flatMap(fargate -> Combinators.combine(
        fargate ? fargateDef() : ec2Def(),
        strategy(fargate ? 2 : groups),
        placement(),
        Arbitraries.of(5, 15, 60).optional(0.3),
        Arbitraries.integers().between(1, 20),
        duration,
        Arbitraries.of(true, false))
        .as((def, strategy, placement, fixed, perHour, d, retry) -> new Workload(fargate, def, strategy, placement,
            false, 0, Optional.empty(), Optional.empty(), 0, 0, fixed, perHour, d, retry)));
  }

  /** The names of a scenario's services, jobs and capacity providers, for messages. */
  static Set<String> owners(RandomScenario s) {
    Set<String> names = new LinkedHashSet<>();
    IntStream.range(0, s.services.size()).forEach(i -> names.add("s" + i));
    IntStream.range(0, s.jobs.size()).forEach(i -> names.add("j" + i));
    return names;
  }
}
