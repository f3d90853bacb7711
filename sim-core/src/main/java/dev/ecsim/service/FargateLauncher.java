package dev.ecsim.service;

import dev.ecsim.capacity.FargateCapacity;
import dev.ecsim.cluster.Cluster;
import dev.ecsim.cluster.Task;
import dev.ecsim.cluster.TaskState;
import dev.ecsim.cost.FargateBilling;
import dev.ecsim.cost.FargateMeters;
import dev.ecsim.engine.Engine;
import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventLog;
import dev.ecsim.metrics.EventType;
import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.TaskDefinitionSpec;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToDoubleBiFunction;

/**
 * Runs tasks on FARGATE and FARGATE_SPOT (docs/ecs-behaviour.md §2.2, §3.2): PROVISIONING for the
 * provider's provisioning time, then the image pull (billing starts), then the containers start. A
 * stopped task is billed per second from its pull start, one minute at least, on the vCPU and
 * memory it asked for.
 */
final class FargateLauncher {
  private final Engine engine;
  private final Cluster cluster;
  private final Map<String, FargateCapacity> providers;
  private final FargateMeters meters;
  private final ToDoubleBiFunction<FargateCapacity, TaskDefinitionSpec> usdPerHour;
  private final Map<Task, Double> rateOf = new HashMap<>();
  /**
   * The account's launch buckets, one for FARGATE and one for FARGATE_SPOT
   * (docs/ecs-behaviour.md §3.3).
   */
  private final Map<Boolean, Throttle> throttles = new HashMap<>();
  private final EventLog events;

  /** A task waiting for a launch token, and what launching it does. */
  private record Launch(Task task, Runnable go) {}

  /** One launch bucket and the launches waiting for its tokens. */
  private static final class Throttle {
    final TokenBucket bucket = new TokenBucket(LAUNCH_BURST, LAUNCHES_PER_SECOND);
    final ArrayDeque<Launch> waiting = new ArrayDeque<>();
    boolean drainScheduled;
    boolean reported;
  }

  /** Fargate's per-account task launch rate: a burst of 100, refilled at 20 tasks a second. */
  static final int LAUNCH_BURST = 100;
  static final double LAUNCHES_PER_SECOND = 20;

  FargateLauncher(Engine engine, Cluster cluster, Map<String, FargateCapacity> providers, FargateMeters meters,
      ToDoubleBiFunction<FargateCapacity, TaskDefinitionSpec> usdPerHour, EventLog events) {
    this.events = events;
    this.engine = engine;
    this.cluster = cluster;
    this.providers = Map.copyOf(providers);
    this.meters = meters;
    this.usdPerHour = usdPerHour;
  }

  boolean runs(String capacityProvider) {
    return providers.containsKey(capacityProvider);
  }

  /**
   * Provisions the task and starts it; {@code start} is called when its containers are up. A launch
   * takes a token from the account's bucket for its kind of Fargate; without one it waits in
   * PROVISIONING, in order, for the next ("operations are being throttled",
   * docs/ecs-behaviour.md §1.4, §3.3).
   */
  void launch(TaskRun run, Consumer<TaskRun> start) {
    FargateCapacity fargate = providers.get(run.task().capacityProvider());
    boolean spot = fargate.spec().type() == CapacityProviderSpec.ProviderType.FARGATE_SPOT;
    Throttle throttle = throttles.computeIfAbsent(spot, s -> new Throttle());
    throttle.waiting.addLast(new Launch(run.task(), () -> engine.scheduleAfter(fargate.provisioningMillis(),
        () -> provisioned(run, fargate, start))));
    drain(throttle);
  }

  /** Launches what the bucket allows now, in arrival order; comes back when the next token is due. */
  private void drain(Throttle throttle) {
    long now = engine.now();
    while (!throttle.waiting.isEmpty()) {
      if (throttle.waiting.peekFirst().task().state() == TaskState.STOPPED) {
        throttle.waiting.pollFirst(); // stopped before it was launched: it takes no token
      } else if (throttle.bucket.tryTake(now)) {
        throttle.waiting.pollFirst().go().run();
      } else {
        break;
      }
    }
    if (throttle.waiting.isEmpty()) {
      throttle.reported = false;
      return;
    }
    if (!throttle.reported) {
      throttle.reported = true;
      // Reported on the launch that found the bucket empty: the newest waiting one (every launch
      // drains at once, and the queue was empty when the last report was cleared).
      Task throttled = throttle.waiting.peekLast().task();
      events.add(now, EventType.THROTTLED, "Fargate", "Fargate task launches are being throttled: the account's launch "
          + "bucket (burst " + LAUNCH_BURST + ", " + (int) LAUNCHES_PER_SECOND + " a second) is empty; "
          + throttle.waiting.size() + " tasks wait in PROVISIONING",
          EventFacts.task(throttled.id(), throttled.owner()).withCapacityProvider(throttled.capacityProvider()));
    }
    if (!throttle.drainScheduled) {
      throttle.drainScheduled = true;
      engine.schedule(throttle.bucket.nextTokenAt(now), () -> {
        throttle.drainScheduled = false;
        drain(throttle);
      });
    }
  }

  /** Capacity and ENI are ready: the image pull starts, and with it the bill. */
  private void provisioned(TaskRun run, FargateCapacity fargate, Consumer<TaskRun> start) {
    Task task = run.task();
    if (task.state() == TaskState.STOPPED) {
      return; // stopped while waiting for capacity
    }
    long now = engine.now();
    long pulled = now + fargate.pullMillis(task.definition());
    cluster.provisionOnFargate(task, fargate.takeZone(task.group()), now, pulled);
    double rate = usdPerHour.applyAsDouble(fargate, task.definition());
    rateOf.put(task, rate);
    meters.open(fargate.spec().name(), rate, now);
    engine.schedule(pulled + task.definition().containerStartMillis(), () -> start.accept(run));
  }

  /** Bills a task that stopped (or is still running when the run ends) up to {@code end}. */
  void bill(Task task, long end) {
    Double rate = rateOf.remove(task);
    if (rate == null) {
      return;
    }
    long pullStart = task.placedAt().getAsLong();
    double usd = FargateBilling.usd(FargateBilling.billedSeconds(pullStart, end), rate);
    task.addCost(usd);
    meters.close(task.capacityProvider(), rate, pullStart, usd);
    providers.get(task.capacityProvider()).releaseZone(task.group(), task.availabilityZone().orElseThrow());
  }
}
