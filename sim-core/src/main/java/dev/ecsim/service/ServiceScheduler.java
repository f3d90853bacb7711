package dev.ecsim.service;

import dev.ecsim.capacity.StrategyChooser;
import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.Task;
import dev.ecsim.cluster.TaskRequirements;
import dev.ecsim.cluster.TaskState;
import dev.ecsim.engine.Engine;
import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventLog;
import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.TimeIntegral;
import dev.ecsim.placement.PlacementRequest;
import dev.ecsim.placement.ScaleIn;
import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.LaunchType;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.PlacementStrategySpec;
import dev.ecsim.scenario.ServiceSpec;
import dev.ecsim.scenario.ServiceSpec.DeploymentConfiguration;
import dev.ecsim.scenario.StrategyItem;
import dev.ecsim.scenario.TaskDefinitionSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The service scheduler of one REPLICA service (docs/ecs-behaviour.md §7): keeps {@code
 * desiredCount} tasks, replaces any that stop, stops the strategy's victims when the count falls,
 * and rolls a new task definition out within minimumHealthyPercent / maximumPercent. Launches are
 * limited to the service's rate (500 tasks a minute on Fargate, 250 on EC2,
 * docs/ecs-behaviour.md §0).
 *
 * <p>Every change (a task started, stopped or became healthy, a new desired count) schedules one
 * reconciliation at the same instant, so the scheduler never acts from inside a callback.
 */
public final class ServiceScheduler implements ServiceRun {
  static final int FARGATE_LAUNCHES_PER_MINUTE = 500;
  static final int EC2_LAUNCHES_PER_MINUTE = 250;

  private final ServiceSpec spec;
  private final Function<String, TaskDefinitionSpec> definitions;
  private final List<StrategyItem> strategy;
  private final List<PlacementStrategySpec> placementStrategy;
  private final Engine engine;
  private final TaskScheduler scheduler;
  private final EventLog events;
  private final TokenBucket launchRate;
  private final RandomGenerator rng;
  private final List<Task> active = new ArrayList<>();
  private final Set<Task> stoppedByService = new HashSet<>();
  /**
   * RUNNING tasks on DRAINING instances: replaced elsewhere, then stopped
   * (docs/ecs-behaviour.md §4.4).
   */
  private final Set<Task> draining = new LinkedHashSet<>();
  private final Map<String, Integer> activeByProvider = new HashMap<>();
  private final TimeIntegral running = new TimeIntegral();
  private final TimeIntegral belowDesired = new TimeIntegral();
  private TaskDefinitionSpec primary;
  private TaskDefinitionSpec previous;
  private boolean deploying;
  private int failedToStart;
  private int desired;
  private int desiredMin;
  private int desiredMax;
  private long taskNumber;
  private boolean reconcilePending;
  private final ServiceMonitor monitor;
  private Consumer<Task> stopListener = t -> {};

  /**
   * @param strategy the capacity provider strategy in force (the service's or the cluster default)
   * @param fargate whether its capacity is Fargate (the launch rate differs)
   */
  public ServiceScheduler(ServiceSpec spec, Function<String, TaskDefinitionSpec> definitions, List<StrategyItem> strategy,
      boolean fargate, Instant startTime, SchedulingContext context) {
    Engine engine = context.engine();
    this.spec = spec;
    this.definitions = definitions;
    this.strategy = strategy;
    this.placementStrategy = fargate ? List.of()
        : spec.placementStrategy().isEmpty() ? ScaleIn.DEFAULT_SERVICE_STRATEGY : spec.placementStrategy();
    this.engine = engine;
    this.scheduler = context.scheduler();
    this.events = context.events();
    int perMinute = fargate ? FARGATE_LAUNCHES_PER_MINUTE : EC2_LAUNCHES_PER_MINUTE;
    this.launchRate = new TokenBucket(perMinute, perMinute / 60.0);
    this.rng = engine.rng("service/" + spec.name());
    this.primary = definitions.apply(spec.taskDefinition());
    this.monitor = new ServiceMonitor(this, primary, !fargate, startTime, engine, context.cluster(), events);
  }

  @Override
  public String name() {
    return spec.name();
  }

  public ServiceSpec spec() {
    return spec;
  }

  public void start() {
    desired = monitor.start(spec.desiredCount());
    desiredMin = desired;
    desiredMax = desired;
    for (ServiceSpec.Deployment d : spec.deployments()) {
      engine.schedule(d.atMillis(), () -> deploy(definitions.apply(d.taskDefinition())));
    }
    requestReconcile();
  }

  @Override
  public long scaleOutEvents() {
    return monitor.scaleOutEvents();
  }

  @Override
  public long scaleInEvents() {
    return monitor.scaleInEvents();
  }

  /** The latest one-minute CPUUtilization datapoint; empty before the first or while no task ran. */
  public OptionalDouble lastCpuUtilization() {
    return monitor.lastCpuUtilization();
  }

  /** Requests per second offered now (0 without a load model). */
  public double offeredPerSecond() {
    return monitor.offeredPerSecond();
  }

  /**
   * CPUUtilization over the run up to {@code now} (used ÷ reserved by RUNNING tasks); without a
   * load model a task uses all it reserves, so 100 while any ran.
   */
  @Override
  public OptionalDouble cpuUtilizationAvgPct(long now) {
    return monitor.loadCpuUtilization(now)
        .orElseGet(() -> running.integralUntil(now) > 0 ? OptionalDouble.of(100) : OptionalDouble.empty());
  }

  @Override
  public double unservedRequestFraction(long now) {
    return monitor.unservedRequestFraction(now);
  }

  @Override
  public double offeredRequests(long now) {
    return monitor.offeredRequests(now);
  }

  /** A new desired count (auto scaling); the tasks follow. */
  public void setDesired(int count) {
    desired = count;
    desiredMin = Math.min(desiredMin, count);
    desiredMax = Math.max(desiredMax, count);
    updateBelowDesired();
    requestReconcile();
  }

  @Override
  public int desired() {
    return desired;
  }

  @Override
  public int runningCount() {
    return (int) running.value();
  }

  /** Tasks started and not yet RUNNING (PROVISIONING or PENDING). */
  @Override
  public int pendingCount() {
    return active.size() - runningCount();
  }

  public boolean deploying() {
    return deploying;
  }

  /** RUNNING tasks over time (task x milliseconds), for averages. */
  @Override
  public TimeIntegral runningIntegral() {
    return running;
  }

  /** Time with fewer RUNNING tasks than desired (milliseconds). */
  @Override
  public TimeIntegral belowDesiredIntegral() {
    return belowDesired;
  }

  @Override
  public int desiredMin() {
    return desiredMin;
  }

  @Override
  public int desiredMax() {
    return desiredMax;
  }

  /**
   * UpdateService with a new task definition: a rolling deployment starts
   * (docs/ecs-behaviour.md §7.2).
   */
  private void deploy(TaskDefinitionSpec next) {
    previous = primary;
    primary = next;
    deploying = true;
    failedToStart = 0;
    DeploymentConfiguration c = spec.deploymentConfiguration();
    events.add(engine.now(), EventType.DEPLOYMENT_STARTED, spec.name(), "(service " + spec.name() + ") rolling out "
        + next.family() + " in place of " + previous.family() + " (minimumHealthyPercent " + c.minimumHealthyPercent()
        + ", maximumPercent " + c.maximumPercent() + ")", EventFacts.owner(spec.name()));
    requestReconcile();
  }

  private void requestReconcile() {
    if (!reconcilePending) {
      reconcilePending = true;
      engine.schedule(engine.now(), this::reconcile);
    }
  }

  private void reconcile() {
    reconcilePending = false;
    if (deploying) {
      rollingStep();
      return;
    }
    if (!draining.isEmpty()) {
      replaceDraining();
      return;
    }
    while (active.size() < desired && launch(primary)) {
      // launched one
    }
    // The strategy's victims come from structures built once, when the first RUNNING one is due.
    ScaleIn.Victims victims = null;
    while (active.size() > desired) {
      if (pendingCount() > 0) {
        stopByService(newestNotRunning(), "scale-in to " + desired);
        continue;
      }
      if (victims == null) {
        victims = ScaleIn.victims(active, scaleInStrategy(), rng);
      }
      stopByService(victims.next(), "scale-in to " + desired);
    }
  }

  /** Told of each of the service's tasks that stops, once the service has counted it (scale-in draining waits on them). */
  public void onTaskStopped(Consumer<Task> listener) {
    this.stopListener = listener;
  }

  /**
   * The instance turns DRAINING (docs/ecs-behaviour.md §4.4): its service tasks not RUNNING yet
   * stop at once; RUNNING ones are replaced elsewhere within minimumHealthyPercent /
   * maximumPercent, like a deployment, and stop once enough replacements are healthy.
   */
  public void instanceDraining(ContainerInstance instance) {
    for (Task t : List.copyOf(active)) {
      if (t.instance().filter(instance::equals).isEmpty()) {
        continue;
      }
      if (t.state() == TaskState.RUNNING) {
        draining.add(t);
      } else {
        stopByService(t, "instance " + instance.id() + " is draining");
      }
    }
    requestReconcile();
  }

  private void replaceDraining() {
    DeploymentConfiguration c = spec.deploymentConfiguration();
    int maxTotal = RollingUpdate.maximumTasks(desired, c.maximumPercent());
    int minHealthy = RollingUpdate.minimumHealthyTasks(desired, c.minimumHealthyPercent());
    long now = engine.now();
    int serving = active.size() - draining.size();
    while (serving < desired && active.size() < maxTotal && launch(primary)) {
      serving++;
    }
    int healthy = (int) active.stream().filter(t -> healthy(t, now)).count();
    for (Task t : List.copyOf(draining)) {
      if (healthy - 1 >= minHealthy) {
        stopByService(t, "its instance is draining");
        healthy--;
      }
    }
  }

  /**
   * One step of a rolling update (docs/ecs-behaviour.md §7.2): start new tasks while the service
   * stays within floor(desired x maximumPercent / 100) tasks, stop old ones while ceil(desired x
   * minimumHealthyPercent / 100) healthy tasks remain; old tasks that are not healthy yet go first.
   */
  private void rollingStep() {
    DeploymentConfiguration c = spec.deploymentConfiguration();
    int maxTotal = RollingUpdate.maximumTasks(desired, c.maximumPercent());
    int minHealthy = RollingUpdate.minimumHealthyTasks(desired, c.minimumHealthyPercent());
    long now = engine.now();
    List<Task> old = new ArrayList<>(active.stream().filter(t -> t.definition() != primary).toList());
    long fresh = active.size() - old.size();
    while (fresh < desired && active.size() < maxTotal && launch(primary)) {
      fresh++;
    }
    int healthy = (int) active.stream().filter(t -> healthy(t, now)).count();
    old.sort(Comparator.comparing((Task t) -> healthy(t, now)).thenComparing(Task::createdAt, Comparator.reverseOrder()));
    for (Task t : old) {
      if (!healthy(t, now)) {
        stopByService(t, "deployment of " + primary.family());
      } else if (healthy - 1 >= minHealthy) {
        stopByService(t, "deployment of " + primary.family());
        healthy--;
      }
    }
    boolean done = active.stream().allMatch(t -> t.definition() == primary && healthy(t, now)) && active.size() == desired;
    if (done) {
      deploying = false;
      events.add(now, EventType.DEPLOYMENT_COMPLETED, spec.name(), "(service " + spec.name() + ") has reached a "
          + "steady state with " + desired + " tasks of " + primary.family(), EventFacts.owner(spec.name()));
    }
  }

  private static boolean healthy(Task t, long now) {
    return t.state() == TaskState.RUNNING && now - t.startedAt().getAsLong() >= t.definition().healthyAfterMillis();
  }

  /** Starts one task of {@code def}, unless the launch rate is spent (then retries when it refills). */
  private boolean launch(TaskDefinitionSpec def) {
    long now = engine.now();
    if (!launchRate.tryTake(now)) {
      engine.schedule(launchRate.nextTokenAt(now), this::requestReconcile);
      return false;
    }
    String provider = spec.launchType()
        .map(t -> t == LaunchType.EC2 ? "" : CapacityProviderSpec.FARGATE)
        .orElseGet(() -> StrategyChooser.choose(strategy, p -> activeByProvider.getOrDefault(p, 0)));
    PlacementRequest request = request(def);
    Task task = new Task(spec.name() + "-" + (++taskNumber), spec.name(), def, request.requirements(), provider, now,
        !monitor.underLoad());
    active.add(task);
    activeByProvider.merge(provider, 1, Integer::sum);
    updateBelowDesired();
    scheduler.submit(task, OwnerKind.SERVICE, request, OptionalLong.empty(), this::started, this::stopped);
    return true;
  }

  private PlacementRequest request(TaskDefinitionSpec def) {
    List<PlacementConstraintSpec> constraints = new ArrayList<>(def.placementConstraints());
    constraints.addAll(spec.placementConstraints());
    constraints.addAll(Architectures.constraint(def));
    return new PlacementRequest(TaskRequirements.of(def, spec.group()), List.copyOf(constraints), placementStrategy);
  }

  /**
   * Tasks not RUNNING go first, newest first (docs/ecs-behaviour.md §1.1); only then the strategy's
   * victims.
   */
  private Task newestNotRunning() {
    return active.stream().filter(t -> t.state() != TaskState.RUNNING)
        .max(Comparator.comparingLong(Task::createdAt).thenComparing(Task::id)).orElseThrow();
  }

  private List<PlacementStrategySpec> scaleInStrategy() {
    return placementStrategy.isEmpty()
        ? List.of(PlacementStrategySpec.spread("attribute:ecs.availability-zone")) : placementStrategy;
  }

  private void stopByService(Task task, String why) {
    stoppedByService.add(task);
    scheduler.stop(task, "ServiceSchedulerInitiated", why);
  }

  private void started(Task task) {
    running.add(engine.now(), 1);
    monitor.running(runningCount());
    updateBelowDesired();
    if (deploying || !draining.isEmpty()) {
      engine.scheduleAfter(task.definition().healthyAfterMillis(), this::requestReconcile);
    }
  }

  private void stopped(Task task) {
    long now = engine.now();
    active.remove(task);
    draining.remove(task);
    activeByProvider.merge(task.capacityProvider(), -1, Integer::sum);
    if (task.startedAt().isPresent()) {
      running.add(now, -1);
      monitor.running(runningCount());
    }
    updateBelowDesired();
    if (!stoppedByService.remove(task)) {
      events.add(now, EventType.TASK_STOPPED, spec.name(), "(service " + spec.name() + ") task " + task.id()
          + " stopped unexpectedly; a replacement is started", EventFacts.task(task.id(), spec.name()));
      if (deploying && task.definition() == primary && task.startedAt().isEmpty()) {
        circuitBreaker();
      }
    }
    requestReconcile();
    stopListener.accept(task);
  }

  /**
   * Tasks of the new deployment that fail to reach RUNNING count against the threshold
   * clamp(ceil(0.5 x desired), 3, 200) (docs/ecs-behaviour.md §7.3, current API); at the threshold
   * the deployment fails and, with rollback, the previous task definition is rolled back out.
   */
  private void circuitBreaker() {
    DeploymentConfiguration c = spec.deploymentConfiguration();
    failedToStart++;
    if (!c.circuitBreakerEnabled() || failedToStart < RollingUpdate.circuitBreakerThreshold(desired)) {
      return;
    }
    events.add(engine.now(), EventType.DEPLOYMENT_FAILED, spec.name(), "(service " + spec.name() + ") deployment of "
        + primary.family() + " failed: " + failedToStart + " tasks failed to start"
        + (c.rollback() ? "; rolling back to " + previous.family() : ""), EventFacts.owner(spec.name()));
    if (c.rollback()) {
      TaskDefinitionSpec failed = primary;
      primary = previous;
      previous = failed;
      failedToStart = 0;
    } else {
      deploying = false;
    }
  }

  private void updateBelowDesired() {
    belowDesired.set(engine.now(), running.value() < desired ? 1 : 0);
  }
}
