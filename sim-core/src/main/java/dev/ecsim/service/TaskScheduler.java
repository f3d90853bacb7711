package dev.ecsim.service;

import dev.ecsim.capacity.FargateCapacity;
import dev.ecsim.cluster.Cluster;
import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.InstancePool;
import dev.ecsim.cluster.Task;
import dev.ecsim.cluster.TaskRequirements;
import dev.ecsim.cluster.TaskState;
import dev.ecsim.cost.CostAllocation;
import dev.ecsim.cost.Ec2Billing;
import dev.ecsim.cost.FargateMeters;
import dev.ecsim.engine.Engine;
import dev.ecsim.engine.ResourceLimitException;
import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventLog;
import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.PlacementExplanation;
import dev.ecsim.metrics.PlacementFailureCounts;
import dev.ecsim.metrics.TaskRecordSink;
import dev.ecsim.placement.Placement;
import dev.ecsim.placement.PlacementDecision;
import dev.ecsim.placement.PlacementRequest;
import dev.ecsim.scenario.ContainerSpec;
import dev.ecsim.scenario.RunLimits;
import dev.ecsim.scenario.TaskDefinitionSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleBiFunction;

/**
 * Runs standalone tasks: a task for an Auto Scaling group provider (or launchType EC2) waits in
 * PROVISIONING in its provider's queue until the placement pipeline finds it an instance, then
 * pulls its images (cached per instance), starts its containers, runs for its given time and stops,
 * releasing what it reserved. A task for FARGATE or FARGATE_SPOT goes to the {@link FargateLauncher}.
 *
 * <p>Waiting tasks are tried in arrival order whenever capacity frees or an instance registers; a
 * task that does not fit does not hold back a smaller one behind it (ECS places each task on its
 * own). At most 500 tasks wait in PROVISIONING per cluster (ECS service quota,
 * docs/ecs-behaviour.md §2.1); RunTask refuses more, and ecsim has the submitter retry as soon as
 * one leaves (docs/modelling.md).
 */
public final class TaskScheduler {
  /** Tasks run with a launch type wait here: they may take any instance of the cluster. */
  private static final String LAUNCH_TYPE_QUEUE = "";
  /**
   * Tasks in PROVISIONING per cluster (ECS DG: service-quotas; the figure,
   * docs/ecs-behaviour.md §2.1).
   */
  public static final int MAX_PROVISIONING_TASKS = 500;

  private final Engine engine;
  private final Cluster cluster;
  private final Map<String, Double> pullMiBPerSecond;
  private final Function<ContainerInstance, Ec2Billing.Meter> instanceMeters;
  private final FargateLauncher fargate;
  private final Map<String, ArrayDeque<TaskRun>> queues = new HashMap<>();
  private final ArrayDeque<TaskRun> refused = new ArrayDeque<>();
  private final PlacementEvents placementEvents;
  private final EventLog events;
  private final boolean explain;
  private final List<PlacementExplanation> explanations = new ArrayList<>();
  /** The runs of tasks not stopped yet, in submission order, for stopping them from outside. */
  private final Map<Task, TaskRun> runs = new LinkedHashMap<>();
  private final Map<String, Integer> waitingByOwner = new HashMap<>();
  private final Set<PlacementRequest> requestsThatDoNotFit = new HashSet<>();
  private int provisioning;
  private Consumer<Task> startListener = t -> { };
  private TaskRecordSink records = TaskRecordSink.discard();
  private long placementFailures;
  /**
   * Failed placement attempts by reason: one per task per attempt (on submission, and each retry
   * as capacity frees or an instance registers), the unit ECS reports a failure in. A task skipped
   * in a pass because an equal request just failed is not attempted, so not counted.
   */
  private final PlacementFailureCounts failuresByReason = new PlacementFailureCounts();
  private int maxAlive = RunLimits.MAX_TASKS_ALIVE;

  /**
   * @param pullMiBPerSecond image pull speed on a cache miss, per Auto Scaling group provider
   * @param instanceMeters an instance's billing meter: its prices, for charging its tasks their share
   * @param fargateUsdPerHour the price of one task of a definition on a Fargate provider
   */
  public TaskScheduler(Engine engine, Cluster cluster, EventLog events, Map<String, Double> pullMiBPerSecond,
      Function<ContainerInstance, Ec2Billing.Meter> instanceMeters, Map<String, FargateCapacity> fargateProviders,
      FargateMeters fargateMeters, ToDoubleBiFunction<FargateCapacity, TaskDefinitionSpec> fargateUsdPerHour,
      boolean explain) {
    this.engine = engine;
    this.cluster = cluster;
    this.events = events;
    this.placementEvents = new PlacementEvents(events);
    this.explain = explain;
    this.pullMiBPerSecond = Map.copyOf(pullMiBPerSecond);
    this.instanceMeters = instanceMeters;
    this.fargate = new FargateLauncher(engine, cluster, fargateProviders, fargateMeters, fargateUsdPerHour, events);
  }

  /**
   * Submits a task (RunTask, or a service starting one). Given {@code runMillis}, it runs that long
   * once RUNNING and stops with EssentialContainerExited; without, it runs until {@link #stop}.
   * The callbacks see it start and stop, whatever stops it.
   *
   * @param ownerKind whether a service or a job started it, as the events name its owner
   */
  void submit(Task task, OwnerKind ownerKind, PlacementRequest request, OptionalLong runMillis,
      Consumer<Task> onStarted, Consumer<Task> onStopped) {
    if (runs.size() >= maxAlive) {
      throw tooManyAlive();
    }
    TaskRun run = new TaskRun(task, ownerKind, request, runMillis, onStarted, onStopped);
    runs.put(task, run);
    if (fargate.runs(task.capacityProvider())) {
      fargate.launch(run, this::start);
    } else if (provisioning >= MAX_PROVISIONING_TASKS) {
      if (refused.isEmpty()) {
        events.add(engine.now(), EventType.RUNTASK_REFUSED, task.owner(), MAX_PROVISIONING_TASKS + " tasks are "
            + "already waiting in PROVISIONING in the cluster; tasks are retried as places free up",
            EventFacts.task(task.id(), task.owner()));
      }
      refused.addLast(run);
      waitingByOwner.merge(task.owner(), 1, Integer::sum);
    } else {
      admit(run, false);
    }
  }

  /** Places the task, or queues it in PROVISIONING; a retried one was counted as waiting already. */
  private void admit(TaskRun run, boolean retried) {
    // Earlier waiting tasks failed against the current state and nothing has freed since, so only
    // the newcomer can possibly fit: trying it alone is the same as a full pass.
    if (tryPlace(run)) {
      if (retried) {
        waitingByOwner.merge(run.task().owner(), -1, Integer::sum);
      }
      return;
    }
    placementFailures++;
    provisioning++;
    queues.computeIfAbsent(run.task().capacityProvider(), p -> new ArrayDeque<>()).addLast(run);
    if (!retried) {
      waitingByOwner.merge(run.task().owner(), 1, Integer::sum);
    }
  }

  /** Holds the run to fewer tasks alive at once than {@link RunLimits#MAX_TASKS_ALIVE} (tests). */
  public void limitAlive(int max) {
    this.maxAlive = max;
  }

  /** Tasks submitted and not yet STOPPED, waiting ones included: what a run's memory grows with. */
  public int aliveCount() {
    return runs.size();
  }

  /** Tasks waiting for capacity, of every owner. */
  public long waitingCount() {
    return waitingByOwner.values().stream().mapToLong(Integer::longValue).sum();
  }

  /** Says who holds the tasks: a queue of waiting tasks is the usual cause, and its owner the thing to change. */
  private ResourceLimitException tooManyAlive() {
    var most = waitingByOwner.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())));
    String who = most.filter(e -> e.getValue() > 0).map(e -> String.format(Locale.ROOT,
        "; %,d of them wait for capacity, %,d of %s: give it more capacity or lower its arrivals",
        waitingCount(), e.getValue(), e.getKey())).orElse("");
    return new ResourceLimitException(engine.now(), String.format(Locale.ROOT,
        "%,d tasks are alive at once, the most a run may hold (submitted and not yet STOPPED)%s", maxAlive, who));
  }

  /** Where each task goes as it stops (and, by {@link #handOverUnstopped}, each still running at the end). */
  public void streamTo(TaskRecordSink sink) {
    this.records = sink;
  }

  /** Tasks that found no instance when submitted and had to wait. */
  public long placementFailures() {
    return placementFailures;
  }

  /** Failed placement attempts by reason (see the field). */
  public PlacementFailureCounts failuresByReason() {
    return failuresByReason;
  }

  /** Tasks of a job or service waiting for capacity (PROVISIONING, or refused by RunTask and retried). */
  public int waitingOf(String owner) {
    return waitingByOwner.getOrDefault(owner, 0);
  }

  /** What the PROVISIONING tasks of a capacity provider need: the input of its managed scaling. */
  public List<TaskRequirements> provisioningFor(String capacityProvider) {
    ArrayDeque<TaskRun> queue = queues.get(capacityProvider);
    return queue == null ? List.of() : queue.stream().map(r -> r.task().requirements()).toList();
  }

  /** Told of every task that turns RUNNING (spot interruptions start a Fargate Spot task's clock then). */
  public void onTaskStarted(Consumer<Task> listener) {
    this.startListener = listener;
  }

  /** The tasks not stopped, in submission order, that {@code filter} accepts (a pass over them: rare use only). */
  public List<Task> activeTasks(Predicate<Task> filter) {
    return runs.keySet().stream().filter(filter).toList();
  }

  /** An instance registered with the provider: its waiting tasks, and launch-type ones, may fit now. */
  public void capacityAdded(String capacityProvider) {
    placeWaiting(capacityProvider);
    placeWaiting(LAUNCH_TYPE_QUEUE);
  }

  /** Charges every task still holding capacity for its share (EC2) or its bill (Fargate) up to {@code end}. */
  public void closeCosts(long end) {
    for (Task t : runs.keySet()) {
      t.instance().ifPresent(i -> CostAllocation.charge(t, instanceMeters.apply(i), end));
      fargate.bill(t, end);
    }
  }

  /** Hands over the tasks not stopped by the end of the run, in submission order (after {@link #closeCosts}). */
  public void handOverUnstopped() {
    long horizon = engine.now();
    for (Task t : runs.keySet()) {
      records.accept(t.toRecord(horizon));
    }
  }

  public List<PlacementExplanation> explanations() {
    return explanations;
  }

  private boolean tryPlace(TaskRun run) {
    Task task = run.task();
    InstancePool pool = task.capacityProvider().isEmpty() ? cluster.everywhere() : cluster.pool(task.capacityProvider());
    PlacementDecision decision = Placement.decide(run.request(), pool, cluster,
        engine.rng("placement/" + task.owner()), explain);
    if (explain) {
      explanations.add(Explanations.of(engine.now(), task, decision));
    }
    if (!decision.placed()) {
      failuresByReason.count(FailureReasons.of(decision.closestRejection()));
      placementEvents.failed(engine.now(), task.owner(), decision.closestRejection(),
          decision.failureMessage(run.ownerKind().named(task.owner())));
      return false;
    }
    ContainerInstance instance = decision.chosen().orElseThrow();
    long now = engine.now();
    long pulled = pullImages(task, instance, now);
    cluster.place(task, instance, now, pulled);
    engine.schedule(pulled + task.definition().containerStartMillis(), () -> start(run));
    return true;
  }

  /** The agent pulls the task's images one after another; an image already present costs nothing. */
  private long pullImages(Task task, ContainerInstance instance, long now) {
    double rate = pullMiBPerSecond.getOrDefault(instance.capacityProvider(), Double.POSITIVE_INFINITY);
    long readyAt = now;
    long cursor = now;
    for (ContainerSpec c : task.definition().containerDefinitions()) {
      long pullMillis = Math.round(c.image().sizeMiB() / rate * 1000);
      boolean alreadyThere = instance.hasImage(c.image().name(), now);
      long ready = instance.acquireImage(c.image().name(), cursor, pullMillis);
      if (!alreadyThere) {
        cursor = ready;
      }
      readyAt = Math.max(readyAt, ready);
    }
    return readyAt;
  }

  private void start(TaskRun run) {
    if (run.task().state() == TaskState.STOPPED) {
      return; // stopped while its images were pulling
    }
    cluster.start(run.task(), engine.now());
    run.onStarted().accept(run.task());
    startListener.accept(run.task());
    run.runMillis().ifPresent(millis -> engine.scheduleAfter(millis, () -> {
      if (run.task().state() != TaskState.STOPPED) {
        stop(run.task(), JobRunner.ESSENTIAL_CONTAINER_EXITED, "Essential container in task exited");
      }
    }));
  }

  /**
   * Stops a task wherever it is in its lifecycle (ECS StopTask): a waiting one leaves its queue, a
   * placed one releases what it reserved and is charged up to now, a Fargate one is billed.
   */
  public void stop(Task task, String stopCode, String reason) {
    TaskRun run = runs.remove(task);
    if (run == null) {
      return;
    }
    long now = engine.now();
    if (task.state() == TaskState.PROVISIONING && !fargate.runs(task.capacityProvider())) {
      dequeue(run);
    }
    if (task.onFargate()) {
      cluster.stop(task, now, stopCode, reason);
      fargate.bill(task, now);
      records.accept(task.toRecord());
      run.onStopped().accept(task);
      return;
    }
    ContainerInstance instance = task.instance().orElse(null);
    if (instance != null) {
      CostAllocation.charge(task, instanceMeters.apply(instance), now);
    }
    cluster.stop(task, now, stopCode, reason);
    if (instance != null) {
      task.definition().containerDefinitions().forEach(c -> instance.releaseImage(c.image().name(), now));
    }
    records.accept(task.toRecord());
    run.onStopped().accept(task);
    if (instance != null) {
      // The freed instance serves its provider's queue and the launch-type queue (any instance).
      placeWaiting(instance.capacityProvider());
      placeWaiting(LAUNCH_TYPE_QUEUE);
    }
  }

  /** A waiting task leaves the PROVISIONING queue (or the refused ones) without being placed. */
  private void dequeue(TaskRun run) {
    ArrayDeque<TaskRun> queue = queues.get(run.task().capacityProvider());
    if (queue != null && queue.remove(run)) {
      provisioning--;
    } else {
      refused.remove(run);
    }
    waitingByOwner.merge(run.task().owner(), -1, Integer::sum);
    admitRefused();
  }

  /** RunTask calls refused at the PROVISIONING limit are retried as places free up. */
  private void admitRefused() {
    while (provisioning < MAX_PROVISIONING_TASKS && !refused.isEmpty()) {
      admit(refused.pollFirst(), true);
    }
  }

  /** Capacity changed: tries the waiting tasks in arrival order, skipping requests already seen not to fit. */
  private void placeWaiting(String capacityProvider) {
    ArrayDeque<TaskRun> queue = queues.get(capacityProvider);
    if (queue == null || queue.isEmpty()) {
      return;
    }
    requestsThatDoNotFit.clear();
    for (Iterator<TaskRun> it = queue.iterator(); it.hasNext(); ) {
      TaskRun w = it.next();
      // Tasks of one job share one request; once it fails in this pass, its later tasks would too
      // (only the random strategy could differ, and it draws among the same feasible instances).
      if (requestsThatDoNotFit.contains(w.request())) {
        continue;
      }
      if (tryPlace(w)) {
        it.remove();
        provisioning--;
        if (waitingByOwner.merge(w.task().owner(), -1, Integer::sum) == 0) {
          placementEvents.resolved(w.task().owner());
        }
      } else {
        requestsThatDoNotFit.add(w.request());
      }
    }
    admitRefused();
  }
}
