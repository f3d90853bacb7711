package dev.ecsim.run;

import dev.ecsim.capacity.AutoScalingGroup;
import dev.ecsim.capacity.ClusterAutoScaling;
import dev.ecsim.capacity.FargateCapacity;
import dev.ecsim.capacity.ManagedScalingSettings;
import dev.ecsim.capacity.ProviderInstanceTypes;
import dev.ecsim.catalog.InstanceCatalog;
import dev.ecsim.catalog.InstanceType;
import dev.ecsim.cluster.Cluster;
import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.LaunchTemplate;
import dev.ecsim.cost.Ec2Billing;
import dev.ecsim.cost.FargateMeters;
import dev.ecsim.cost.PriceBook;
import dev.ecsim.cost.PriceSchedule;
import dev.ecsim.engine.Engine;
import dev.ecsim.metrics.EventLog;
import dev.ecsim.metrics.EventSink;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.Sampler;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TaskAggregates;
import dev.ecsim.metrics.TaskAggregator;
import dev.ecsim.metrics.TaskRecordSink;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.CapacityProviderSpec.ImagePullBehavior;
import dev.ecsim.scenario.JobSpec;
import dev.ecsim.scenario.PlacementStrategySpec;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.TaskDefinitionSpec;
import dev.ecsim.placement.ScaleIn;
import dev.ecsim.scenario.LaunchType;
import dev.ecsim.scenario.ServiceSpec;
import dev.ecsim.scenario.StrategyItem;
import dev.ecsim.service.JobRunner;
import dev.ecsim.service.DaemonScheduler;
import dev.ecsim.service.ServiceRun;
import dev.ecsim.service.ScaleInDrainer;
import dev.ecsim.service.SchedulingContext;
import dev.ecsim.service.ServiceScheduler;
import dev.ecsim.service.SpotInterrupter;
import dev.ecsim.service.TaskScheduler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
  private final FargateMeters fargateMeters = new FargateMeters();
  private final PriceBook prices;
  private final Map<String, AutoScalingGroup> groups = new LinkedHashMap<>();
  private final Map<String, FargateCapacity> fargate = new LinkedHashMap<>();
  private final Map<String, ClusterAutoScaling> autoScaling = new LinkedHashMap<>();
  private final Map<String, Double> fargatePriceCache = new HashMap<>();
  private final TaskScheduler scheduler;
  private final List<JobRunner> jobs = new ArrayList<>();
  private final List<ServiceScheduler> services = new ArrayList<>();
  private final List<DaemonScheduler> daemons = new ArrayList<>();
  private final SchedulingContext context;
  private final InstanceListeners instanceListeners = new InstanceListeners();
  private final SpotInterrupter spot;
  private final Sampler sampler;
  private HeapWatch.Heap heap = HeapWatch.jvm();

  /** The agent version instances report: an ecsim assumption (docs/modelling.md), for agentVersion queries. */
  static final String AGENT_VERSION = "1.89.0";

  private Simulation(Scenario scenario, boolean explainPlacement) {
    this.scenario = scenario;
    this.engine = new Engine(scenario.seed());
    this.prices = PriceBook.of(scenario.region(), scenario.pricing());
    InstanceCatalog catalog = InstanceCatalog.bundled(scenario.region());
    Map<String, Double> pullRates = new LinkedHashMap<>();
    List<String> zones = scenario.cluster().availabilityZones();
    for (CapacityProviderSpec provider : scenario.cluster().capacityProviders()) {
      if (provider.isFargate()) {
        fargate.put(provider.name(), new FargateCapacity(provider, zones, engine));
      } else {
        pullRates.put(provider.name(), provider.imagePullMiBPerSecond());
        groups.put(provider.name(), group(provider, catalog));
      }
    }
    this.scheduler = new TaskScheduler(engine, cluster, events, pullRates, this::instanceMeter, fargate,
        fargateMeters, this::fargateUsdPerHour, explainPlacement);
    this.context = new SchedulingContext(engine, cluster, events, scheduler);
    for (JobSpec job : scenario.jobs()) {
      var strategy = job.capacityProviderStrategy().isEmpty()
          ? scenario.cluster().defaultCapacityProviderStrategy() : job.capacityProviderStrategy();
      jobs.add(new JobRunner(job, scenario.taskDefinition(job.taskDefinition()).orElseThrow(),
          family -> scenario.taskDefinition(family).orElseThrow(), strategy, context, scenario.durationMillis(),
          scenario.startTime()));
    }
    buildServices();
    buildAutoScaling();
    this.spot = new SpotInterrupter(scenario.cluster().capacityProviders(), groups, services, daemons, context);
    listenToInstances();
    indexSpreadFields();
    groups.values().forEach(g -> g.startWarm(g.spec().desiredSize()));
    this.sampler = new Sampler(engine, scenario.metricsPeriodMillis(), scenario.durationMillis(), columns());
  }

  /** REPLICA services get a service scheduler, DAEMON ones a daemon scheduler. */
  private void buildServices() {
    for (ServiceSpec service : scenario.services()) {
      var strategy = service.capacityProviderStrategy().isEmpty()
          ? scenario.cluster().defaultCapacityProviderStrategy() : service.capacityProviderStrategy();
      if (service.schedulingStrategy() == ServiceSpec.SchedulingStrategy.DAEMON) {
        Set<String> providers = service.launchType().isPresent() ? groups.keySet()
            : strategy.stream().map(StrategyItem::capacityProvider).collect(Collectors.toSet());
        daemons.add(new DaemonScheduler(service, scenario.taskDefinition(service.taskDefinition()).orElseThrow(),
            providers, context));
      } else {
        services.add(new ServiceScheduler(service, family -> scenario.taskDefinition(family).orElseThrow(), strategy,
            runsOnFargate(service, strategy), scenario.startTime(), context));
      }
    }
  }

  /**
   * Managed scaling for each group that has it; daemon tasks do not make an instance busy; the
   * instances scale-in chooses leave through the drainer (managed draining,
   * docs/ecs-behaviour.md §5.4).
   */
  private void buildAutoScaling() {
    Set<String> daemonGroups = daemons.stream().map(DaemonScheduler::group).collect(Collectors.toSet());
    ScaleInDrainer drainer = new ScaleInDrainer(services, daemons, context);
    for (AutoScalingGroup group : groups.values()) {
      group.spec().managedScaling().ifPresent(ms -> autoScaling.put(group.name(), new ClusterAutoScaling(group,
          new ManagedScalingSettings(ms.targetCapacity(), ms.minimumScalingStepSize(), ms.maximumScalingStepSize(),
              ms.instanceWarmupMillis()), group.spec().managedTerminationProtection(),
          new ProviderInstanceTypes(group.templates().stream().map(LaunchTemplate::type).toList(),
              group.spec().registeredMemoryFraction(), scenario.cluster().awsvpcTrunking()),
          scheduler::provisioningFor, daemonGroups, drainer.forGroup(group), engine, events)));
    }
  }

  /** One launch template per instance type the group may launch, each priced for its purchase option. */
  private AutoScalingGroup group(CapacityProviderSpec provider, InstanceCatalog catalog) {
    List<LaunchTemplate> templates = new ArrayList<>();
    Map<InstanceType, PriceSchedule> typePrices = new HashMap<>();
    for (String name : provider.instanceTypes()) {
      InstanceType type = catalog.find(name).orElseThrow();
      templates.add(new LaunchTemplate(provider.name(), type, provider.registeredMemoryFraction(),
          provider.attributes(), scenario.cluster().awsvpcTrunking(), AGENT_VERSION,
          provider.imagePullBehavior() != ImagePullBehavior.PREFER_CACHED));
      typePrices.put(type, prices.ec2Prices(type, provider.purchaseOption(), provider.spot()));
    }
    return new AutoScalingGroup(provider, templates, typePrices, scenario.cluster().availabilityZones(), engine,
        cluster, billing, events, scenario.startTime(), instanceListeners::registered);
  }

  /**
   * Once every component exists: daemon tasks take a new instance first (docs/ecs-behaviour.md
   * §1.6), then the tasks waiting for capacity, then spot interruption starts watching it.
   */
  private void listenToInstances() {
    daemons.forEach(d -> instanceListeners.add(d::instanceRegistered));
    instanceListeners.add(instance -> scheduler.capacityAdded(instance.capacityProvider()));
    instanceListeners.add(spot::instanceRegistered);
    instanceListeners.complete();
  }

  /** An instance's prices over time, which a task's share of it is charged from. */
  private Ec2Billing.Meter instanceMeter(ContainerInstance instance) {
    return groups.get(instance.capacityProvider()).meter(instance);
  }

  private double fargateUsdPerHour(FargateCapacity provider, TaskDefinitionSpec def) {
    return fargatePriceCache.computeIfAbsent(provider.spec().name() + "/" + def.family(), k ->
        prices.fargateUsdPerHour(def.reservedCpu(), def.reservedMemoryMiB(), def.ephemeralStorageGiB(),
            def.fargateArchitecture(), provider.spec().type() == CapacityProviderSpec.ProviderType.FARGATE_SPOT));
  }

  private boolean runsOnFargate(ServiceSpec service, List<StrategyItem> strategy) {
    return service.launchType().map(t -> t == LaunchType.FARGATE).orElseGet(() -> strategy.stream()
        .anyMatch(i -> fargate.containsKey(i.capacityProvider())));
  }

  /** Spread on an attribute is answered from indexes when the cluster keeps one for it. */
  private void indexSpreadFields() {
    List<PlacementStrategySpec> rules = new ArrayList<>();
    scenario.jobs().forEach(j -> rules.addAll(j.placementStrategy()));
    for (ServiceSpec s : scenario.services()) {
      rules.addAll(s.placementStrategy().isEmpty() ? ScaleIn.DEFAULT_SERVICE_STRATEGY : s.placementStrategy());
    }
    for (PlacementStrategySpec rule : rules) {
      rule.field().filter(f -> rule.type() == PlacementStrategySpec.Type.SPREAD && f.startsWith("attribute:"))
          .ifPresent(cluster::indexSpreadField);
    }
  }

  public static Simulation build(Scenario scenario) {
    return new Simulation(scenario, false);
  }

  /** A run that records why every task landed where it did (placements.jsonl). */
  public static Simulation buildExplaining(Scenario scenario) {
    return new Simulation(scenario, true);
  }

  private List<Sampler.Column> columns() {
    List<Sampler.Column> columns = new ArrayList<>();
    columns.add(new Sampler.RatioPct(SeriesNames.CPU_RESERVATION_PCT, cluster.reservedCpu(), cluster.registeredCpu()));
    columns.add(new Sampler.RatioPct(SeriesNames.MEMORY_RESERVATION_PCT, cluster.reservedMemory(), cluster.registeredMemory()));
    // A job task uses all it reserves while RUNNING (docs/modelling.md); a service under load what its load needs.
    columns.add(new Sampler.RatioPct(SeriesNames.CPU_UTILIZATION_PCT, cluster.usedCpu(), cluster.registeredCpu()));
    columns.add(new Sampler.RatioPct(SeriesNames.MEMORY_UTILIZATION_PCT, cluster.usedMemory(), cluster.registeredMemory()));
    for (CapacityProviderSpec p : scenario.cluster().capacityProviders()) {
      String name = p.name();
      if (p.isFargate()) {
        columns.add(new Sampler.Gauge(SeriesNames.costRate(name), t -> fargateMeters.rateUsdPerHour(name)));
        columns.add(new Sampler.Gauge(SeriesNames.cumulativeCost(name), t -> fargateMeters.cumulativeUsd(name, t)));
        continue;
      }
      AutoScalingGroup group = groups.get(name);
      columns.add(new Sampler.Gauge(SeriesNames.costRate(name), t -> billing.rateUsdPerHour(name, t)));
      columns.add(new Sampler.Gauge(SeriesNames.cumulativeCost(name), t -> billing.cumulativeUsd(name, t)));
      columns.add(new Sampler.Gauge(SeriesNames.instances(name), t -> group.size()));
      ClusterAutoScaling scaling = autoScaling.get(name);
      if (scaling != null) {
        columns.add(new Sampler.Gauge(SeriesNames.capacityProviderReservation(name), t -> scaling.lastReservationPct()));
        if (p.managedDraining() && !p.managedTerminationProtection()) {
          // Scale-in may drain busy instances here: registered and not ACTIVE is DRAINING.
          columns.add(new Sampler.Gauge(SeriesNames.instancesDraining(name),
              t -> group.pool().runningCount() - group.pool().activeCount()));
        }
      }
    }
    List<ServiceRun> all = new ArrayList<>(services);
    all.addAll(daemons);
    for (ServiceRun service : all) {
      columns.add(new Sampler.Gauge(SeriesNames.serviceDesired(service.name()), t -> service.desired()));
      columns.add(new Sampler.Gauge(SeriesNames.serviceRunning(service.name()), t -> service.runningCount()));
      columns.add(new Sampler.Gauge(SeriesNames.servicePending(service.name()), t -> service.pendingCount()));
    }
    for (ServiceScheduler service : services) {
      if (service.spec().load().isPresent()) {
        columns.add(new Sampler.Gauge(SeriesNames.serviceOfferedLoad(service.name()), t -> service.offeredPerSecond()));
        columns.add(new Sampler.Gauge(SeriesNames.serviceCpuUtilization(service.name()),
            t -> service.lastCpuUtilization().orElse(Double.NaN)));
      }
    }
    for (JobRunner job : jobs) {
      columns.add(new Sampler.Gauge(SeriesNames.jobQueue(job.name()), t -> scheduler.waitingOf(job.name())));
      columns.add(new Sampler.Gauge(SeriesNames.jobActive(job.name()), t -> job.active() - scheduler.waitingOf(job.name())));
    }
    return columns;
  }

  /** What the run holds that grows with the scenario, for naming the largest when memory runs short. */
  private List<HeapWatch.Figure> heldFigures(TaskAggregator aggregator) {
    // Bytes each are rough measures of this code's objects, enough to tell which figure dominates.
    return List.of(
        new HeapWatch.Figure("tasks alive at once", scheduler.aliveCount(), 600),
        new HeapWatch.Figure("events scheduled ahead", engine.pendingEvents(), 80),
        new HeapWatch.Figure("instances running", cluster.instancesRunning(), 4_000),
        new HeapWatch.Figure("metrics values (periods x series)", sampler.valuesHeld(), 8),
        new HeapWatch.Figure("events kept for the report", events.keptCount(), 250),
        new HeapWatch.Figure("placement explanations kept", scheduler.explanations().size(), 1_000),
        new HeapWatch.Figure("task times kept for percentiles", aggregator.tasksSeen(), 16));
  }

  /** Holds this run to at most {@code maxTasksAlive} tasks alive at once (tests of the limit). */
  Simulation limitTasksAlive(int maxTasksAlive) {
    scheduler.limitAlive(maxTasksAlive);
    return this;
  }

  /** Watches {@code heap} instead of the JVM's (tests of the watch). */
  Simulation watchHeap(HeapWatch.Heap heap) {
    this.heap = heap;
    return this;
  }

  /**
   * Work done so far: events fired, instances handed out for iteration by the cluster, meters the
   * cost gauges walked. Deterministic counts for the complexity tests (no timing).
   */
  public WorkCounts workCounts() {
    return new WorkCounts(engine.eventsFired(), cluster.visits().count(), billing.metersVisited());
  }

  /** See {@link #workCounts()}. */
  public record WorkCounts(long events, long instancesVisited, long metersVisited) {}

  /** Hundredths of the simulated time: how finely {@link #run(IntConsumer)} reports progress. */
  public static final int PROGRESS_STEPS = 100;

  public RunResult run() {
    return run(percent -> {});
  }

  public RunResult run(IntConsumer progress) {
    return run(progress, TaskRecordSink.discard());
  }

  /** A run whose result keeps the whole event log (tests, short runs read whole). */
  public RunResult run(IntConsumer progress, TaskRecordSink tasks) {
    return run(progress, tasks, Optional.empty());
  }

  /**
   * A run that streams its events to {@code events} as they happen (and its tasks to {@code
   * tasks}): the result keeps neither, so a long run holds only what is live.
   */
  public RunResult run(IntConsumer progress, TaskRecordSink tasks, EventSink events) {
    return run(progress, tasks, Optional.of(events));
  }

  /**
   * Runs to the horizon, telling {@code progress} each time another hundredth of the simulated
   * time has been played (1, 2, ... 100). The engine runs in a hundred slices; no event fires
   * between two slices, so the result is that of one uninterrupted run. Each task goes to {@code
   * tasks} as it stops, and those still running at the horizon after the run, in submission order;
   * the result keeps only what they add up to. Events go to {@code eventSink} when given, else
   * the result keeps them.
   */
  private RunResult run(IntConsumer progress, TaskRecordSink tasks, Optional<EventSink> eventSink) {
    long wallStart = System.nanoTime();
    eventSink.ifPresent(events::streamTo);
    long horizon = scenario.durationMillis();
    TaskAggregator aggregator = new TaskAggregator(
        jobs.stream().map(JobRunner::name).collect(Collectors.toSet()), horizon);
    scheduler.streamTo(TaskRecordSink.both(aggregator, tasks));
    spot.reportNoticesTo(aggregator::spotNotice);
    spot.start();
    services.forEach(ServiceScheduler::start);
    jobs.forEach(JobRunner::start);
    autoScaling.values().forEach(ClusterAutoScaling::start);
    sampler.start();
    HeapWatch watch = new HeapWatch(heap, () -> heldFigures(aggregator), engine::now);
    engine.watch(watch::check);
    try {
      for (int step = 1; step <= PROGRESS_STEPS; step++) {
        engine.runUntil(horizon * step / PROGRESS_STEPS);
        progress.accept(step);
      }
    } catch (OutOfMemoryError e) {
      // The last resort, if the heap filled between two looks of the watch: one line, no stack trace.
      throw watch.outOfMemory();
    }
    // The last row is sampled before the bills close, like every other row: running meters pro rata.
    TimeSeries series = sampler.sampleFinal();
    Ec2Billing.Bill bill = billing.close(horizon);
    scheduler.closeCosts(horizon);
    scheduler.handOverUnstopped();
    aggregator.finish();
    tasks.finish();
    eventSink.ifPresent(EventSink::finish);
    TaskAggregates taskFigures = aggregator.result();
    long wallMillis = (System.nanoTime() - wallStart) / 1_000_000;
    List<ServiceRun> all = new ArrayList<>(services);
    all.addAll(daemons);
    var summary = SummaryBuilder.build(scenario, engine, cluster, scheduler, taskFigures, jobs, all, spot, bill,
        series);
    Map<String, String> purchaseOptions = new LinkedHashMap<>();
    for (CapacityProviderSpec provider : scenario.cluster().capacityProviders()) {
      purchaseOptions.put(provider.name(), provider.effectivePurchaseOption().spelling());
    }
    return new RunResult(scenario.name(), scenario.description(), summary, series, taskFigures, events.events(),
        scheduler.explanations(), purchaseOptions, wallMillis);
  }
}
