package dev.ecsim.scenario;

import dev.ecsim.catalog.InstanceCatalog;
import dev.ecsim.catalog.InstanceType;
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
  private final ReadContext ctx;

  private ScenarioValidator(Scenario scenario, InstanceCatalog catalog, ReadContext ctx) {
    this.scenario = scenario;
    this.catalog = catalog;
    this.ctx = ctx;
  }

  static void validate(Scenario scenario, InstanceCatalog catalog, ReadContext ctx) {
    ScenarioValidator v = new ScenarioValidator(scenario, catalog, ctx);
    v.providers();
    v.taskDefinitions();
    v.jobs();
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

  private void strategy(List<StrategyItem> items, String path) {
    List<String> defined = scenario.cluster().capacityProviders().stream().map(CapacityProviderSpec::name).toList();
    for (int i = 0; i < items.size(); i++) {
      String name = items.get(i).capacityProvider();
      if (!defined.contains(name)) {
        ctx.error(path + "[" + i + "].capacityProvider", "unknown capacity provider '" + name + "'"
            + Names.didYouMean(name, defined) + "; defined: " + Names.quoted(defined));
      }
    }
  }

  private void taskDefinitions() {
    Set<String> seen = new HashSet<>();
    List<TaskDefinitionSpec> defs = scenario.taskDefinitions();
    for (int i = 0; i < defs.size(); i++) {
      if (!seen.add(defs.get(i).family())) {
        ctx.error("taskDefinitions[" + i + "].family", "family '" + defs.get(i).family() + "' is defined twice");
      }
    }
  }

  private void jobs() {
    Set<String> seen = new HashSet<>();
    List<String> families = scenario.taskDefinitions().stream().map(TaskDefinitionSpec::family).toList();
    List<JobSpec> jobs = scenario.jobs();
    for (int i = 0; i < jobs.size(); i++) {
      JobSpec job = jobs.get(i);
      String path = "jobs[" + i + "]";
      if (!seen.add(job.name())) {
        ctx.error(path + ".name", "job name '" + job.name() + "' is used twice");
      }
      Optional<TaskDefinitionSpec> def = scenario.taskDefinition(job.taskDefinition());
      if (def.isEmpty()) {
        ctx.error(path + ".taskDefinition", "unknown task definition '" + job.taskDefinition() + "'"
            + Names.didYouMean(job.taskDefinition(), families) + "; defined: " + Names.quoted(families));
      }
      int constraints = job.placementConstraints().size() + def.map(d -> d.placementConstraints().size()).orElse(0);
      if (constraints > PlacementReader.MAX_CONSTRAINTS) {
        ctx.error(path + ".placementConstraints", "a task takes at most " + PlacementReader.MAX_CONSTRAINTS
            + " placement constraints, counting its task definition's; found " + constraints);
      }
      List<StrategyItem> strategy = job.capacityProviderStrategy();
      if (job.launchTypeEc2()) {
        def.ifPresent(d -> fits(d, allProviders(), path));
        continue;
      }
      if (strategy.isEmpty()) {
        if (scenario.cluster().defaultCapacityProviderStrategy().isEmpty()) {
          ctx.error(path, "no capacityProviderStrategy and the cluster has no defaultCapacityProviderStrategy; "
              + "give one of them");
        }
        strategy = scenario.cluster().defaultCapacityProviderStrategy();
      } else {
        strategy(strategy, path + ".capacityProviderStrategy");
      }
      List<StrategyItem> used = strategy;
      def.ifPresent(d -> fits(d, used, path));
    }
  }

  /** A task larger than every instance type its providers can launch would wait forever. */
  private List<StrategyItem> allProviders() {
    return scenario.cluster().capacityProviders().stream().map(p -> new StrategyItem(p.name(), 0, 1)).toList();
  }

  private void fits(TaskDefinitionSpec def, List<StrategyItem> strategy, String path) {
    boolean anyType = false;
    for (StrategyItem item : strategy) {
      Optional<CapacityProviderSpec> provider = scenario.cluster().capacityProvider(item.capacityProvider());
      if (provider.isEmpty()) {
        return;
      }
      for (String typeName : provider.get().instanceTypes()) {
        Optional<InstanceType> type = catalog.find(typeName);
        if (type.isEmpty()) {
          return;
        }
        anyType = true;
        if (type.get().registeredCpuUnits() >= def.reservedCpu()
            && type.get().registeredMemoryMiB(provider.get().registeredMemoryFraction()) >= def.reservedMemoryMiB()) {
          return;
        }
      }
    }
    if (anyType) {
      ctx.error(path + ".taskDefinition", "task definition '" + def.family() + "' reserves " + def.reservedCpu()
          + " CPU units and " + def.reservedMemoryMiB() + " MiB, more than any instance type of its capacity "
          + "providers registers; its tasks could never be placed");
    }
  }
}
