package dev.ecsim.scenario.read;

import dev.ecsim.catalog.FargateCatalog;
import dev.ecsim.catalog.InstanceCatalog;
import dev.ecsim.catalog.InstanceType;
import dev.ecsim.scenario.ArrivalSpec;
import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.JobSpec;
import dev.ecsim.scenario.LaunchType;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.PlacementStrategySpec;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.ServiceSpec;
import dev.ecsim.scenario.StrategyItem;
import dev.ecsim.scenario.TaskDefinitionSpec;
import dev.ecsim.scenario.yaml.Names;
import dev.ecsim.scenario.yaml.ReadContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a scenario's records as a whole: names unique, references resolve, instance types exist
 * in the region's catalog, every task fits some instance type it may run on. Each problem names
 * the path of the offending value.
 */
final class ScenarioValidator {
  private final Scenario scenario;
  private final InstanceCatalog catalog;
  private final FargateCatalog fargate;
  private final ReadContext ctx;
  private final Set<String> workloadNames = new HashSet<>();

  private ScenarioValidator(Scenario scenario, InstanceCatalog catalog, ReadContext ctx) {
    this.scenario = scenario;
    this.catalog = catalog;
    this.fargate = FargateCatalog.bundled(scenario.region());
    this.ctx = ctx;
  }

  static void validate(Scenario scenario, InstanceCatalog catalog, ReadContext ctx) {
    ScenarioValidator v = new ScenarioValidator(scenario, catalog, ctx);
    v.providers();
    v.taskDefinitions();
    v.jobs();
    v.services();
  }

  private void providers() {
    List<CapacityProviderSpec> providers = scenario.cluster().capacityProviders();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < providers.size(); i++) {
      CapacityProviderSpec p = providers.get(i);
      String path = "cluster.capacityProviders[" + i + "]";
      if (!seen.add(p.name())) {
        ctx.error(path + ".name", "capacity provider name '" + p.name() + "' is used twice");
      }
      for (int t = 0; t < p.instanceTypes().size(); t++) {
        String type = p.instanceTypes().get(t);
        if (catalog.find(type).isEmpty()) {
          List<String> close = catalog.closeMatches(type, 3);
          ctx.error(path + ".instanceTypes[" + t + "]", "unknown instance type '" + type + "' in the "
              + catalog.region() + " catalog" + (close.isEmpty() ? "" : "; did you mean " + Names.quoted(close) + "?")
              + " (ecsim catalog ec2 lists them all)");
        }
      }
    }
    strategy(scenario.cluster().defaultCapacityProviderStrategy(), "cluster.defaultCapacityProviderStrategy");
  }

  /**
   * Every item names a provider of the cluster, and a strategy mixes either Auto Scaling group
   * providers or Fargate ones, never both (ECS DG: cluster-capacity-providers).
   */
  private void strategy(List<StrategyItem> items, String path) {
    List<String> defined = scenario.cluster().capacityProviders().stream().map(CapacityProviderSpec::name).toList();
    Optional<Boolean> firstIsFargate = Optional.empty();
    for (int i = 0; i < items.size(); i++) {
      String name = items.get(i).capacityProvider();
      Optional<CapacityProviderSpec> provider = scenario.cluster().capacityProvider(name);
      if (provider.isEmpty()) {
        ctx.error(path + "[" + i + "].capacityProvider", unknownProvider(name, defined));
        continue;
      }
      boolean fargate = provider.get().isFargate();
      if (firstIsFargate.isEmpty()) {
        firstIsFargate = Optional.of(fargate);
      } else if (firstIsFargate.get() != fargate) {
        ctx.error(path + "[" + i + "].capacityProvider", "a capacity provider strategy mixes either Auto Scaling "
            + "group providers or Fargate providers, never both; '" + name + "' is " + provider.get().type().spelling()
            + (fargate ? " after an ec2 provider" : " after a Fargate provider"));
      }
    }
  }

  /**
   * A strategy names a provider the cluster lacks: a misspelling gets the name it is close to
   * (the built-in FARGATE and FARGATE_SPOT among them), anything else the line that would define it.
   */
  static String unknownProvider(String name, List<String> defined) {
    List<String> candidates = new ArrayList<>(defined);
    for (String builtIn : List.of(CapacityProviderSpec.FARGATE, CapacityProviderSpec.FARGATE_SPOT)) {
      if (!candidates.contains(builtIn)) {
        candidates.add(builtIn);
      }
    }
    String typo = Names.didYouMean(name, candidates);
    String defines = typo.isEmpty() ? "; define it under cluster.capacityProviders: \"- " + ec2ProviderLine(name)
        + "\"" : typo;
    return "unknown capacity provider '" + name + "'" + defines + "; defined: " + Names.quoted(defined)
        + " (FARGATE and FARGATE_SPOT are built in and need not be listed)";
  }

  /** The smallest Auto Scaling group provider a scenario can add: one instance type, room to grow. */
  static String ec2ProviderLine(String name) {
    return "{name: " + name + ", type: ec2, instanceTypes: [m6i.large], maxSize: 10}";
  }

  private void taskDefinitions() {
    Set<String> seen = new HashSet<>();
    List<TaskDefinitionSpec> defs = scenario.taskDefinitions();
    for (int i = 0; i < defs.size(); i++) {
      TaskDefinitionSpec def = defs.get(i);
      if (!seen.add(def.family())) {
        ctx.error("taskDefinitions[" + i + "].family", "family '" + def.family() + "' is defined twice");
      }
      if (def.fargateCompatible()) {
        FargateRules.taskDefinition(def, "taskDefinitions[" + i + "]", fargate, ctx);
      }
    }
  }

  private void jobs() {
    List<JobSpec> jobs = scenario.jobs();
    for (int i = 0; i < jobs.size(); i++) {
      JobSpec job = jobs.get(i);
      String path = "jobs[" + i + "]";
      List<CapacityProviderSpec> providers = workload(path, job.name(), job.taskDefinition(), job.launchType(),
          job.capacityProviderStrategy(), job.placementStrategy(), job.placementConstraints());
      if (job.arrivals() instanceof ArrivalSpec.Trace trace) {
        traceDefinitions(job, trace, providers, path + ".arrivals.trace.file");
      }
    }
  }

  /** The task definitions an arrivals trace names exist and run on the job's capacity, as its own must. */
  private void traceDefinitions(JobSpec job, ArrivalSpec.Trace trace, List<CapacityProviderSpec> providers,
      String path) {
    for (String family : trace.taskDefinitions()) {
      Optional<TaskDefinitionSpec> def = scenario.taskDefinition(family);
      if (def.isEmpty()) {
        ctx.error(path, trace.file() + ": a row names the unknown task definition '" + family + "'"
            + Names.didYouMean(family, families()) + "; defined: " + Names.quoted(families()));
      } else if (!providers.isEmpty() && providers.get(0).isFargate()) {
        FargateRules.workload(def.get(), job.placementStrategy(), job.placementConstraints(), providers, path, ctx);
      } else if (!providers.isEmpty()) {
        fits(def.get(), providers, path);
      }
    }
  }

  private void services() {
    List<ServiceSpec> services = scenario.services();
    for (int i = 0; i < services.size(); i++) {
      ServiceSpec service = services.get(i);
      String path = "services[" + i + "]";
      List<CapacityProviderSpec> providers = workload(path, service.name(), service.taskDefinition(),
          service.launchType(), service.capacityProviderStrategy(), service.placementStrategy(),
          service.placementConstraints());
      if (service.schedulingStrategy() == ServiceSpec.SchedulingStrategy.DAEMON
          && providers.stream().anyMatch(CapacityProviderSpec::isFargate)) {
        ctx.error(path + ".schedulingStrategy", "Fargate does not run DAEMON services (docs/ecs-behaviour.md §3.1)");
      }
      service.load().ifPresent(load -> scenario.taskDefinition(service.taskDefinition())
          .filter(def -> def.reservedCpu() == 0)
          .ifPresent(def -> ctx.error(path + ".load", "a service under load needs CPU to serve it: task definition '"
              + def.family() + "' reserves 0 CPU units; give it a task-level cpu")));
      for (int d = 0; d < service.deployments().size(); d++) {
        String family = service.deployments().get(d).taskDefinition();
        if (scenario.taskDefinition(family).isEmpty()) {
          ctx.error(path + ".deployments[" + d + "].taskDefinition", "unknown task definition '" + family + "'"
              + Names.didYouMean(family, families()) + "; defined: " + Names.quoted(families()));
        }
      }
    }
  }

  private List<String> families() {
    return scenario.taskDefinitions().stream().map(TaskDefinitionSpec::family).toList();
  }

  /**
   * What jobs and services share: a name unique among both (costs are reported by it), a task
   * definition that exists, at most 10 constraints, capacity that can run the task. Returns the
   * providers the workload may use.
   */
  private List<CapacityProviderSpec> workload(String path, String name, String family,
      Optional<LaunchType> launchType, List<StrategyItem> strategy, List<PlacementStrategySpec> placementStrategy,
      List<PlacementConstraintSpec> placementConstraints) {
    if (!workloadNames.add(name)) {
      ctx.error(path + ".name", "name '" + name + "' is used twice; jobs and services need names of their own");
    }
    Optional<TaskDefinitionSpec> def = scenario.taskDefinition(family);
    if (def.isEmpty()) {
      ctx.error(path + ".taskDefinition", "unknown task definition '" + family + "'"
          + Names.didYouMean(family, families()) + "; defined: " + Names.quoted(families()));
    }
    int constraints = placementConstraints.size() + def.map(d -> d.placementConstraints().size()).orElse(0);
    if (constraints > PlacementReader.MAX_CONSTRAINTS) {
      ctx.error(path + ".placementConstraints", "a task takes at most " + PlacementReader.MAX_CONSTRAINTS
          + " placement constraints, counting its task definition's; found " + constraints);
    }
    List<CapacityProviderSpec> providers = providersOf(launchType, strategy, path, name);
    if (def.isPresent() && !providers.isEmpty()) {
      if (providers.get(0).isFargate()) {
        FargateRules.workload(def.get(), placementStrategy, placementConstraints, providers, path, ctx);
      } else {
        fits(def.get(), providers, path);
      }
    }
    return providers;
  }

  /**
   * The capacity a workload's tasks may use: every ASG provider with launchType EC2 (any instance
   * of the cluster), FARGATE with launchType FARGATE, else its strategy or the cluster default.
   */
  private List<CapacityProviderSpec> providersOf(Optional<LaunchType> launchType, List<StrategyItem> strategy,
      String path, String name) {
    List<CapacityProviderSpec> all = scenario.cluster().capacityProviders();
    List<CapacityProviderSpec> ec2 = all.stream().filter(p -> !p.isFargate()).toList();
    if (launchType.isPresent()) {
      if (launchType.get() == LaunchType.EC2 && ec2.isEmpty()) {
        ctx.error(path + ".launchType", "launchType EC2 runs on the cluster's instances, and the cluster has no ec2"
            + " capacity provider; add \"- " + ec2ProviderLine("ec2") + "\" under cluster.capacityProviders, or"
            + " write \"launchType: FARGATE\"");
      }
      return launchType.get() == LaunchType.EC2
          ? ec2
          : scenario.cluster().capacityProvider(CapacityProviderSpec.FARGATE).stream().toList();
    }
    List<StrategyItem> used = strategy;
    if (used.isEmpty()) {
      if (scenario.cluster().defaultCapacityProviderStrategy().isEmpty()) {
        ctx.error(path, noStrategy(path, name, ec2));
      }
      used = scenario.cluster().defaultCapacityProviderStrategy();
    } else {
      strategy(used, path + ".capacityProviderStrategy");
    }
    return used.stream().map(i -> scenario.cluster().capacityProvider(i.capacityProvider()))
        .flatMap(Optional::stream).toList();
  }

  /**
   * A workload naming no capacity in a cluster without a default strategy. ECS would run it with
   * launch type EC2 (ECS API: CreateService, RunTask: a cluster without a default strategy means
   * launchType EC2), which ecsim asks to be written down; the message gives the line to add.
   */
  private static String noStrategy(String path, String name, List<CapacityProviderSpec> ec2) {
    String where = (path.startsWith("jobs[") ? "job " : "service ") + name;
    String suggestion = ec2.isEmpty()
        ? "add \"capacityProviderStrategy: [{capacityProvider: FARGATE, weight: 1}]\" to " + where
            + ", or an ec2 provider under cluster.capacityProviders (\"- " + ec2ProviderLine("ec2") + "\")"
        : "add \"capacityProviderStrategy: [{capacityProvider: " + ec2.get(0).name() + ", weight: 1}]\" to "
            + where + ", or \"defaultCapacityProviderStrategy: [{capacityProvider: " + ec2.get(0).name()
            + ", weight: 1}]\" to cluster, or \"launchType: EC2\"";
    return "no capacityProviderStrategy and the cluster has no defaultCapacityProviderStrategy; " + suggestion;
  }

  /**
   * A task larger than every instance type its providers can launch, or asking for an
   * architecture none of them has, would wait forever.
   */
  private void fits(TaskDefinitionSpec def, List<CapacityProviderSpec> providers, String path) {
    boolean anyType = false;
    for (CapacityProviderSpec provider : providers) {
      for (String typeName : provider.instanceTypes()) {
        Optional<InstanceType> type = catalog.find(typeName);
        if (type.isEmpty()) {
          return;
        }
        anyType = true;
        boolean architecture = def.cpuArchitecture().map(a -> a == type.get().architecture()).orElse(true);
        if (architecture && type.get().registeredCpuUnits() >= def.reservedCpu()
            && type.get().registeredMemoryMiB(provider.registeredMemoryFraction()) >= def.reservedMemoryMiB()) {
          return;
        }
      }
    }
    if (anyType) {
      ctx.error(path + ".taskDefinition", "task definition '" + def.family() + "' reserves " + def.reservedCpu()
          + " CPU units and " + def.reservedMemoryMiB() + " MiB"
          + def.cpuArchitecture().map(a -> " on " + a.ecsName()).orElse("")
          + ", more than any instance type of its capacity providers registers; its tasks could never be placed");
    }
  }
}
