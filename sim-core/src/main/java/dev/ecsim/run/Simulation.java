package dev.ecsim.run;

import dev.ecsim.catalog.InstanceCatalog;
import dev.ecsim.catalog.InstanceType;
import dev.ecsim.cluster.Cluster;
import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.LaunchTemplate;
import dev.ecsim.cost.Ec2Billing;
import dev.ecsim.engine.Engine;
import dev.ecsim.metrics.EventLog;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.Sampler;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.JobSpec;
import dev.ecsim.scenario.PlacementStrategySpec;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.service.JobRunner;
import dev.ecsim.service.TaskScheduler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a scenario: wires the cluster, capacity, jobs, billing and metrics onto one engine,
 * plays it to the horizon and collects the result. Build a new one per run.
 */
public final class Simulation {
  private final Scenario scenario;
  private final Engine engine;
  private final Cluster cluster = new Cluster();
  private final EventLog events = new EventLog();
  private final Ec2Billing billing = new Ec2Billing();
  private final Map<ContainerInstance, Double> pricePerHour = new HashMap<>();
  private final TaskScheduler scheduler;
  private final List<JobRunner> jobs = new ArrayList<>();
  private final Sampler sampler;

  /** The agent version instances report: an ecsim assumption (docs/modelling.md), for agentVersion queries. */
  static final String AGENT_VERSION = "1.89.0";

  private Simulation(Scenario scenario, boolean explainPlacement) {
    this.scenario = scenario;
    this.engine = new Engine(scenario.seed());
    InstanceCatalog catalog = InstanceCatalog.bundled(scenario.region());
    Map<String, Double> pullRates = new LinkedHashMap<>();
    for (CapacityProviderSpec provider : scenario.cluster().capacityProviders()) {
      pullRates.put(provider.name(), provider.imagePullMiBPerSecond());
      launchWarmInstances(provider, catalog);
    }
    this.scheduler = new TaskScheduler(engine, cluster, events, pullRates, pricePerHour::get, explainPlacement);
    for (JobSpec job : scenario.jobs()) {
      var strategy = job.capacityProviderStrategy().isEmpty()
          ? scenario.cluster().defaultCapacityProviderStrategy() : job.capacityProviderStrategy();
      jobs.add(new JobRunner(job, scenario.taskDefinition(job.taskDefinition()).orElseThrow(), strategy, engine,
          scheduler, scenario.durationMillis()));
    }
    indexSpreadFields();
    this.sampler = new Sampler(engine, scenario.metricsPeriodMillis(), scenario.durationMillis(), columns());
  }

  /** Spread on an attribute is answered from indexes when the cluster keeps one for it. */
  private void indexSpreadFields() {
    for (JobSpec job : scenario.jobs()) {
      for (PlacementStrategySpec rule : job.placementStrategy()) {
        rule.field().filter(f -> rule.type() == PlacementStrategySpec.Type.SPREAD && f.startsWith("attribute:"))
            .ifPresent(cluster::indexSpreadField);
      }
    }
  }

  public static Simulation build(Scenario scenario) {
    return new Simulation(scenario, false);
  }

  /** A run that records why every task landed where it did (placements.jsonl). */
  public static Simulation buildExplaining(Scenario scenario) {
    return new Simulation(scenario, true);
  }

  /**
   * The group starts warm: desiredSize instances running at time zero, spread round-robin over the
   * Availability Zones. The on-demand "prioritized" allocation launches the first listed type.
   */
  private void launchWarmInstances(CapacityProviderSpec provider, InstanceCatalog catalog) {
    InstanceType type = catalog.find(provider.instanceTypes().get(0)).orElseThrow();
    LaunchTemplate template = new LaunchTemplate(provider.name(), type, provider.registeredMemoryFraction(),
        provider.attributes(), scenario.cluster().awsvpcTrunking(), AGENT_VERSION);
    List<String> zones = scenario.cluster().availabilityZones();
    for (int i = 0; i < provider.desiredSize(); i++) {
      ContainerInstance instance = cluster.launch(template, zones.get(i % zones.size()), 0, scenario.startTime());
      pricePerHour.put(instance, type.onDemandUsdPerHour());
      billing.open(instance, type.onDemandUsdPerHour(), provider.purchaseOption().spelling());
      events.add(0, "INSTANCE_RUNNING", provider.name(), instance.ec2InstanceId() + " (" + type.name() + ", "
          + instance.availabilityZone() + ") running and registered as " + instance.id() + " with "
          + instance.registeredCpu() + " CPU units and " + instance.registeredMemoryMiB() + " MiB");
    }
  }

  private List<Sampler.Column> columns() {
    List<Sampler.Column> columns = new ArrayList<>();
    columns.add(new Sampler.RatioPct(SeriesNames.CPU_RESERVATION_PCT, cluster.reservedCpu(), cluster.registeredCpu()));
    columns.add(new Sampler.RatioPct(SeriesNames.MEMORY_RESERVATION_PCT, cluster.reservedMemory(), cluster.registeredMemory()));
    // A job task uses all it reserves while RUNNING (docs/modelling.md), so use equals reservation.
    columns.add(new Sampler.RatioPct(SeriesNames.CPU_UTILIZATION_PCT, cluster.reservedCpu(), cluster.registeredCpu()));
    columns.add(new Sampler.RatioPct(SeriesNames.MEMORY_UTILIZATION_PCT, cluster.reservedMemory(), cluster.registeredMemory()));
    for (CapacityProviderSpec p : scenario.cluster().capacityProviders()) {
      String name = p.name();
      columns.add(new Sampler.Gauge(SeriesNames.costRate(name), t -> billing.rateUsdPerHour(name, t)));
      columns.add(new Sampler.Gauge(SeriesNames.cumulativeCost(name), t -> billing.cumulativeUsd(name, t)));
      columns.add(new Sampler.Gauge(SeriesNames.instances(name), t -> cluster.pool(name).runningCount()));
    }
    for (JobRunner job : jobs) {
      columns.add(new Sampler.Gauge(SeriesNames.jobQueue(job.name()), t -> waitingTasks(job)));
      columns.add(new Sampler.Gauge(SeriesNames.jobActive(job.name()), t -> job.active() - waitingTasks(job)));
    }
    return columns;
  }

  private int waitingTasks(JobRunner job) {
    return scheduler.waitingOf(job.name());
  }

  public RunResult run() {
    long wallStart = System.nanoTime();
    long horizon = scenario.durationMillis();
    jobs.forEach(JobRunner::start);
    sampler.start();
    engine.runUntil(horizon);
    Ec2Billing.Bill bill = billing.close(horizon);
    scheduler.closeCosts(horizon);
    TimeSeries series = sampler.sampleFinal();
    long wallMillis = (System.nanoTime() - wallStart) / 1_000_000;
    var summary = SummaryBuilder.build(scenario, engine, cluster, scheduler, jobs, bill, series, wallMillis);
    var tasks = scheduler.tasks().stream().map(dev.ecsim.cluster.Task::toRecord).toList();
    return new RunResult(scenario.name(), scenario.description(), summary, series, tasks, events.events(),
        scheduler.explanations());
  }
}
