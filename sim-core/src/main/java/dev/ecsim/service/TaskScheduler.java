package dev.ecsim.service;

import dev.ecsim.cluster.Cluster;
import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.InstancePool;
import dev.ecsim.cluster.Task;
import dev.ecsim.cost.CostAllocation;
import dev.ecsim.engine.Engine;
import dev.ecsim.metrics.EventLog;
import dev.ecsim.metrics.PlacementExplanation;
import dev.ecsim.placement.Placement;
import dev.ecsim.placement.PlacementDecision;
import dev.ecsim.placement.PlacementRequest;
import dev.ecsim.scenario.ContainerSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * Runs standalone tasks on EC2: a submitted task waits in PROVISIONING in its capacity provider's
 * queue until the placement pipeline finds it an instance, then pulls its images (cached per
 * instance), starts its containers, runs for its given time and stops, releasing what it reserved.
 *
 * <p>Waiting tasks are tried in arrival order whenever capacity frees; a task that does not fit
 * does not hold back a smaller one behind it (ECS places each task on its own; there is no queue
 * discipline across tasks).
 */
public final class TaskScheduler {
  /** Tasks run with a launch type wait here: they may take any instance of the cluster. */
  private static final String LAUNCH_TYPE_QUEUE = "";

  private final Engine engine;
  private final Cluster cluster;
  private final EventLog events;
  private final Map<String, Double> pullMiBPerSecond;
  private final ToDoubleFunction<ContainerInstance> usdPerHour;
  private final Map<String, ArrayDeque<Waiting>> queues = new HashMap<>();
  private final PlacementEvents placementEvents;
  private final boolean explain;
  private final List<PlacementExplanation> explanations = new ArrayList<>();
  private final List<Task> tasks = new ArrayList<>();
  private final Map<String, Integer> waitingByOwner = new HashMap<>();
  private final Set<PlacementRequest> requestsThatDoNotFit = new HashSet<>();
  private long placementFailures;

  /** A task waiting for capacity, with what to do once it runs. */
  private record Waiting(Task task, PlacementRequest request, long runMillis, Consumer<Task> onStarted,
      Consumer<Task> onStopped) {}

  public TaskScheduler(Engine engine, Cluster cluster, EventLog events, Map<String, Double> pullMiBPerSecond,
      ToDoubleFunction<ContainerInstance> usdPerHour, boolean explain) {
    this.engine = engine;
    this.cluster = cluster;
    this.events = events;
    this.placementEvents = new PlacementEvents(events);
    this.explain = explain;
    this.pullMiBPerSecond = Map.copyOf(pullMiBPerSecond);
    this.usdPerHour = usdPerHour;
  }

  /**
   * Submits a task (RunTask). It runs for {@code runMillis} once RUNNING, then stops with
   * EssentialContainerExited; the callbacks see it start and stop.
   */
  public void submit(Task task, PlacementRequest request, long runMillis, Consumer<Task> onStarted,
      Consumer<Task> onStopped) {
    tasks.add(task);
    Waiting waiting = new Waiting(task, request, runMillis, onStarted, onStopped);
    ArrayDeque<Waiting> queue = queues.computeIfAbsent(task.capacityProvider(), p -> new ArrayDeque<>());
    // Earlier waiting tasks failed against the current state and nothing has freed since, so only
    // the newcomer can possibly fit: trying it alone is the same as a full pass.
    if (!tryPlace(waiting)) {
      placementFailures++;
      queue.addLast(waiting);
      waitingByOwner.merge(task.owner(), 1, Integer::sum);
    }
  }

  public List<Task> tasks() {
    return tasks;
  }

  /** Tasks that found no instance when submitted and had to wait. */
  public long placementFailures() {
    return placementFailures;
  }

  /** Tasks of a job or service waiting in PROVISIONING. */
  public int waitingOf(String owner) {
    return waitingByOwner.getOrDefault(owner, 0);
  }

  /** Charges every task still holding resources for its share up to the end of the run. */
  public void closeCosts(long end) {
    for (Task t : tasks) {
      if (t.stoppedAt().isEmpty()) {
        t.instance().ifPresent(i -> CostAllocation.charge(t, usdPerHour.applyAsDouble(i), end));
      }
    }
  }

  public List<PlacementExplanation> explanations() {
    return explanations;
  }

  private boolean tryPlace(Waiting waiting) {
    Task task = waiting.task;
    InstancePool pool = task.capacityProvider().isEmpty() ? cluster.everywhere() : cluster.pool(task.capacityProvider());
    PlacementDecision decision = Placement.decide(waiting.request, pool, cluster,
        engine.rng("placement/" + task.owner()), explain);
    if (explain) {
      explanations.add(Explanations.of(engine.now(), task, decision));
    }
    if (!decision.placed()) {
      placementEvents.failed(engine.now(), task.owner(), decision.reason(),
          decision.failureMessage("(job " + task.owner() + ")"));
      return false;
    }
    ContainerInstance instance = decision.chosen().orElseThrow();
    long now = engine.now();
    long pulled = pullImages(task, instance, now);
    cluster.place(task, instance, now, pulled);
    long startAt = pulled + task.definition().containerStartMillis();
    engine.schedule(startAt, () -> start(waiting));
    return true;
  }

  /** The agent pulls the task's images one after another; an image already present costs nothing. */
  private long pullImages(Task task, ContainerInstance instance, long now) {
    double rate = pullMiBPerSecond.getOrDefault(instance.capacityProvider(), Double.POSITIVE_INFINITY);
    long readyAt = now;
    long cursor = now;
    for (ContainerSpec c : task.definition().containerDefinitions()) {
      long pullMillis = Math.round(c.image().sizeMiB() / rate * 1000);
      boolean alreadyThere = instance.hasImage(c.image().name());
      long ready = instance.pullImage(c.image().name(), cursor, pullMillis);
      if (!alreadyThere) {
        cursor = ready;
      }
      readyAt = Math.max(readyAt, ready);
    }
    return readyAt;
  }

  private void start(Waiting waiting) {
    cluster.start(waiting.task, engine.now());
    waiting.onStarted.accept(waiting.task);
    engine.scheduleAfter(waiting.runMillis, () -> stop(waiting));
  }

  private void stop(Waiting waiting) {
    Task task = waiting.task;
    long now = engine.now();
    ContainerInstance instance = task.instance().orElseThrow();
    CostAllocation.charge(task, usdPerHour.applyAsDouble(instance), now);
    cluster.stop(task, now, "EssentialContainerExited", "Essential container in task exited");
    waiting.onStopped.accept(task);
    // The freed instance serves its provider's queue and the launch-type queue (any instance).
    placeWaiting(instance.capacityProvider());
    placeWaiting(LAUNCH_TYPE_QUEUE);
  }

  /** Capacity freed: tries the waiting tasks in arrival order, skipping requests already seen not to fit. */
  private void placeWaiting(String capacityProvider) {
    ArrayDeque<Waiting> queue = queues.get(capacityProvider);
    if (queue == null || queue.isEmpty()) {
      return;
    }
    requestsThatDoNotFit.clear();
    for (Iterator<Waiting> it = queue.iterator(); it.hasNext(); ) {
      Waiting w = it.next();
      // Tasks of one job share one request; once it fails in this pass, its later tasks would too
      // (only the random strategy could differ, and it draws among the same feasible instances).
      if (requestsThatDoNotFit.contains(w.request)) {
        continue;
      }
      if (tryPlace(w)) {
        it.remove();
        if (waitingByOwner.merge(w.task.owner(), -1, Integer::sum) == 0) {
          placementEvents.resolved(w.task.owner());
        }
      } else {
        requestsThatDoNotFit.add(w.request);
      }
    }
  }
}
