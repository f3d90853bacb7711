package dev.ecsim.service;

import dev.ecsim.capacity.FargateCapacity;
import dev.ecsim.cluster.Cluster;
import dev.ecsim.cluster.Task;
import dev.ecsim.cluster.TaskState;
import dev.ecsim.cost.FargateBilling;
import dev.ecsim.cost.FargateMeters;
import dev.ecsim.engine.Engine;
import dev.ecsim.scenario.TaskDefinitionSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToDoubleBiFunction;

/**
 * Runs tasks on FARGATE and FARGATE_SPOT (reference §2.2, §3.2): PROVISIONING for the provider's
 * provisioning time, then the image pull (billing starts), then the containers start. A stopped
 * task is billed per second from its pull start, one minute at least, on the vCPU and memory it
 * asked for.
 */
final class FargateLauncher {
  private final Engine engine;
  private final Cluster cluster;
  private final Map<String, FargateCapacity> providers;
  private final FargateMeters meters;
  private final ToDoubleBiFunction<FargateCapacity, TaskDefinitionSpec> usdPerHour;
  private final Map<Task, Double> rateOf = new HashMap<>();

  FargateLauncher(Engine engine, Cluster cluster, Map<String, FargateCapacity> providers, FargateMeters meters,
      ToDoubleBiFunction<FargateCapacity, TaskDefinitionSpec> usdPerHour) {
    this.engine = engine;
    this.cluster = cluster;
    this.providers = Map.copyOf(providers);
    this.meters = meters;
    this.usdPerHour = usdPerHour;
  }

  boolean runs(String capacityProvider) {
    return providers.containsKey(capacityProvider);
  }

  /** Provisions the task and starts it; {@code start} is called when its containers are up. */
  void launch(TaskRun run, Consumer<TaskRun> start) {
    FargateCapacity fargate = providers.get(run.task().capacityProvider());
    engine.scheduleAfter(fargate.provisioningMillis(), () -> {
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
    });
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
