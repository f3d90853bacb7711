package dev.ecsim.capacity;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.TaskRequirements;
import dev.ecsim.engine.Engine;
import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventLog;
import dev.ecsim.metrics.EventType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Drives {@link ManagedScaling} for one Auto Scaling group once a minute, the period of the
 * CapacityProviderReservation metric (docs/ecs-behaviour.md §5.2): reads the group and its
 * PROVISIONING tasks, publishes the datapoint, and launches or removes what the decision says.
 *
 * <p>Scale-in candidates (docs/ecs-behaviour.md §5.4): with managed termination protection only
 * empty ACTIVE instances (ECS protects the busy ones), without it every ACTIVE instance, busy ones
 * included; {@link TerminationPolicy} orders them as the ASG's default termination policy would.
 * Instances already leaving (draining for scale-in) are not candidates and not in N.
 *
 * <p>Cost per tick: O(1) to count M without DAEMON services (the pool keeps the count of ACTIVE
 * instances holding tasks), one pass over the ACTIVE instances with them; the candidates and their
 * termination order only on a tick that terminates.
 */
public final class ClusterAutoScaling {
  static final long PERIOD_MILLIS = 60_000;

  private final AutoScalingGroup group;
  private final ManagedScaling scaling;
  private final boolean terminationProtection;
  private final ProviderInstanceTypes types;
  private final Function<String, List<TaskRequirements>> provisioning;
  private final Engine engine;
  private final EventLog events;
  private final String[] daemonGroups;
  private final ScaleInRemoval removal;
  private final Map<String, Integer> zoneIndex = new HashMap<>();
  private final int[] zoneCounts;
  private final RandomGenerator terminationDraws;
  private double lastReservationPct = Double.NaN;
  private long tooBigReported;

  /**
   * @param terminationProtection managed termination protection: scale-in takes only empty instances
   * @param daemonGroups the task groups of DAEMON services: their tasks do not make an instance busy
   * @param removal takes a chosen instance out of the group (draining it first, or not)
   */
  public ClusterAutoScaling(AutoScalingGroup group, ManagedScalingSettings settings, boolean terminationProtection,
      ProviderInstanceTypes types, Function<String, List<TaskRequirements>> provisioning, Set<String> daemonGroups,
      ScaleInRemoval removal, Engine engine, EventLog events) {
    this.group = group;
    this.scaling = new ManagedScaling(settings);
    this.terminationProtection = terminationProtection;
    this.types = types;
    this.provisioning = provisioning;
    this.engine = engine;
    this.events = events;
    this.daemonGroups = daemonGroups.stream().sorted().toArray(String[]::new);
    this.removal = removal;
    List<String> zones = group.zones();
    for (int z = 0; z < zones.size(); z++) {
      zoneIndex.put(zones.get(z), z);
    }
    this.zoneCounts = new int[zones.size()];
    this.terminationDraws = engine.rng("scale-in/" + group.name());
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
    int nonEmpty = nonEmptyInstances();
    int active = group.pool().activeCount();
    int candidates = terminationProtection ? active - nonEmpty : active;
    ScalingInput<ContainerInstance> input = new ScalingInput<>(group.inService(), nonEmpty, estimate.instances(),
        group.spec().minSize(), group.spec().maxSize(), new Candidates(candidates, now));
    ScalingDecision<ContainerInstance> decision = scaling.tick(now, input);
    lastReservationPct = decision.reservation().percent();
    if (decision.launch() > 0) {
      group.launch(decision.launch(), decision.reason());
    }
    for (ContainerInstance i : decision.terminate()) {
      removal.remove(i, decision.reason());
    }
    engine.schedule(now + PERIOD_MILLIS, this::tick);
  }

  /** This tick's candidates: counted from the tick's counts, listed and ordered only when asked. */
  private final class Candidates implements ScalingInput.Candidates<ContainerInstance> {
    private final int count;
    private final long now;

    Candidates(int count, long now) {
      this.count = count;
      this.now = now;
    }

    @Override
    public int count() {
      return count;
    }

    @Override
    public List<ContainerInstance> first(int n) {
      List<ContainerInstance> listed = new ArrayList<>(count);
      Arrays.fill(zoneCounts, 0);
      for (ContainerInstance i : group.pool().activeInstances()) {
        zoneCounts[zoneIndex.get(i.availabilityZone())]++;
        if (!terminationProtection || nonDaemonTasks(i) == 0) {
          listed.add(i);
        }
      }
      return TerminationPolicy.first(n, listed, i -> zoneIndex.get(i.availabilityZone()),
          ContainerInstance::launchedAt, zoneCounts, now, terminationDraws);
    }
  }

  /**
   * M's running part: ACTIVE instances with a non-daemon task. Without DAEMON services the pool
   * keeps that count as tasks come and go, so a minute costs O(1) however large the group; with
   * them, one pass over the ACTIVE instances subtracts each one's daemon tasks.
   */
  private int nonEmptyInstances() {
    if (daemonGroups.length == 0) {
      return group.pool().activeWithTasksCount();
    }
    int nonEmpty = 0;
    for (ContainerInstance i : group.pool().activeInstances()) {
      nonEmpty += nonDaemonTasks(i) > 0 ? 1 : 0;
    }
    return nonEmpty;
  }

  /** "Empty" for cluster auto scaling means no non-daemon task (docs/ecs-behaviour.md §5.4). */
  private int nonDaemonTasks(ContainerInstance instance) {
    int daemons = 0;
    for (String g : daemonGroups) { // few: one per DAEMON service
      daemons += instance.tasksInGroup(g);
    }
    return instance.taskCount() - daemons;
  }

  /** Tasks too big for the smallest type are left out of the estimate (§5.3); say so when it changes. */
  private void reportTooBig(ScaleOutEstimate estimate, long now) {
    long tooBig = estimate.excludedTasks();
    if (tooBig > 0 && tooBig != tooBigReported) {
      events.add(now, EventType.SCALING_EXCLUDED, group.name(), tooBig + " PROVISIONING task(s) are too big for the smallest "
          + "instance type " + types.smallest().name() + " and are left out of the scale-out estimate",
          EventFacts.capacityProvider(group.name()));
    }
    tooBigReported = tooBig;
  }
}
