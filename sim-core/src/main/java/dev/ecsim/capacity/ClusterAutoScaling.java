package dev.ecsim.capacity;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.engine.Engine;
import dev.ecsim.metrics.EventLog;
import dev.ecsim.placement.TaskRequirements;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Drives {@link ManagedScaling} for one Auto Scaling group once a minute, the period of the
 * CapacityProviderReservation metric (reference §5.2): reads the group and its PROVISIONING tasks,
 * publishes the datapoint, and launches or terminates what the decision says.
 *
 * <p>Termination order among empty instances follows the ASG's default termination policy as far
 * as it applies here (reference §5.4): the Availability Zone with the most instances first, then
 * the oldest instance (ecsim choice where the policy would look at launch templates, billing hours
 * and chance, none of which differ between ecsim's instances). Managed termination protection
 * keeps busy instances out of the list; without it ecsim still removes only empty instances, an
 * ecsim simplification recorded in docs/modelling.md.
 */
public final class ClusterAutoScaling {
  static final long PERIOD_MILLIS = 60_000;

  private final AutoScalingGroup group;
  private final ManagedScaling scaling;
  private final ProviderInstanceTypes types;
  private final Function<String, List<TaskRequirements>> provisioning;
  private final Engine engine;
  private final EventLog events;
  private final Set<String> daemonGroups;
  private final Consumer<ContainerInstance> beforeTerminate;
  private double lastReservationPct = Double.NaN;
  private long tooBigReported;

  /**
   * @param daemonGroups the task groups of DAEMON services: their tasks do not make an instance busy
   * @param beforeTerminate stops what still runs on an instance about to go (its daemon tasks)
   */
  public ClusterAutoScaling(AutoScalingGroup group, ManagedScalingSettings settings, ProviderInstanceTypes types,
      Function<String, List<TaskRequirements>> provisioning, Set<String> daemonGroups,
      Consumer<ContainerInstance> beforeTerminate, Engine engine, EventLog events) {
    this.group = group;
    this.scaling = new ManagedScaling(settings);
    this.types = types;
    this.provisioning = provisioning;
    this.engine = engine;
    this.events = events;
    this.daemonGroups = Set.copyOf(daemonGroups);
    this.beforeTerminate = beforeTerminate;
  }

  public void start() {
    engine.schedule(PERIOD_MILLIS, this::tick);
  }

  /** The latest CapacityProviderReservation datapoint in percent; NaN before the first minute. */
  public double lastReservationPct() {
    return lastReservationPct;
  }

  private void tick() {
    long now = engine.now();
    ScaleOutEstimate estimate = ScaleOutEstimate.of(provisioning.apply(group.name()), types);
    reportTooBig(estimate, now);
    List<ContainerInstance> active = group.pool().activeInstances();
    int nonEmpty = (int) active.stream().filter(i -> nonDaemonTasks(i) > 0).count();
    List<ContainerInstance> empty = terminationOrder(active, active.stream().filter(i -> nonDaemonTasks(i) == 0).toList());
    ScalingInput<ContainerInstance> input = ScalingInput.protectedGroup(group.size(), nonEmpty, estimate.instances(),
        group.spec().minSize(), group.spec().maxSize(), empty);
    ScalingDecision<ContainerInstance> decision = scaling.tick(now, input);
    lastReservationPct = decision.reservation().percent();
    if (decision.launch() > 0) {
      group.launch(decision.launch(), decision.reason());
    }
    for (ContainerInstance i : decision.terminate()) {
      beforeTerminate.accept(i);
      group.terminate(i, decision.reason());
    }
    engine.schedule(now + PERIOD_MILLIS, this::tick);
  }

  /** "Empty" for cluster auto scaling means no non-daemon task (reference §5.4). */
  private int nonDaemonTasks(ContainerInstance instance) {
    int daemons = 0;
    for (String g : daemonGroups) {
      daemons += instance.tasksInGroup(g);
    }
    return instance.taskCount() - daemons;
  }

  /** Tasks too big for the smallest type are left out of the estimate (§5.3); say so when it changes. */
  private void reportTooBig(ScaleOutEstimate estimate, long now) {
    long tooBig = estimate.excludedTasks();
    if (tooBig > 0 && tooBig != tooBigReported) {
      events.add(now, "SCALING_EXCLUDED", group.name(), tooBig + " PROVISIONING task(s) are too big for the smallest "
          + "instance type " + types.smallest().name() + " and are left out of the scale-out estimate");
    }
    tooBigReported = tooBig;
  }

  /**
   * Empty instances in the order the ASG would terminate them: each next one from the AZ that then
   * has the most instances, the oldest first among equals.
   */
  static List<ContainerInstance> terminationOrder(List<ContainerInstance> active, List<ContainerInstance> empty) {
    Map<String, Integer> perZone = new TreeMap<>();
    active.forEach(i -> perZone.merge(i.availabilityZone(), 1, Integer::sum));
    List<ContainerInstance> left = new ArrayList<>(empty);
    left.sort(Comparator.comparingLong(ContainerInstance::ordinal));
    List<ContainerInstance> order = new ArrayList<>(left.size());
    while (!left.isEmpty()) {
      ContainerInstance next = left.get(0);
      for (ContainerInstance i : left) {
        if (perZone.get(i.availabilityZone()) > perZone.get(next.availabilityZone())) {
          next = i;
        }
      }
      left.remove(next);
      perZone.merge(next.availabilityZone(), -1, Integer::sum);
      order.add(next);
    }
    return order;
  }
}
