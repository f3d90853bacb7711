package dev.ecsim.capacity;

import dev.ecsim.catalog.InstanceType;
import dev.ecsim.cluster.Cluster;
import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.InstancePool;
import dev.ecsim.cluster.LaunchTemplate;
import dev.ecsim.cost.Ec2Billing;
import dev.ecsim.cost.PriceSchedule;
import dev.ecsim.cost.StopCause;
import dev.ecsim.engine.Engine;
import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventLog;
import dev.ecsim.metrics.EventType;
import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.workload.Distribution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The Auto Scaling group behind an {@code ec2} capacity provider: launches instances into the
 * Availability Zone with the fewest of them (the ASG's AZ balancing), bills each from launch, registers it with the
 * cluster once it has booted (docs/ecs-behaviour.md §2.3, ecsim decision 9) and terminates
 * instances.
 *
 * <p>Instance types: an on-demand group launches the first type listed (the "prioritized"
 * allocation strategy, the ASG default); a spot group takes the listed types in turn, the way
 * the spot allocation strategies spread over several pools (an ecsim choice, docs/modelling.md).
 */
public final class AutoScalingGroup {
  /** A launched instance that has not registered yet. */
  private record Booting(InstanceType type, String zone, long launchedAt, Ec2Billing.Meter meter) {}

  private final CapacityProviderSpec spec;
  private final List<LaunchTemplate> templates;
  private final Engine engine;
  private final Cluster cluster;
  private final Ec2Billing billing;
  private final EventLog events;
  private final Instant startTime;
  private final Distribution.Sampler bootTime;
  private final Consumer<ContainerInstance> onRegistered;
  private final List<String> zones;
  private final ZoneBalance zoneBalance;
  private final Map<ContainerInstance, Ec2Billing.Meter> meters = new HashMap<>();
  private final List<Booting> booting = new ArrayList<>();
  /** Instances the group has decided to terminate that still run (draining first): out of its capacity. */
  private final Set<ContainerInstance> leaving = new HashSet<>();
  private final Map<InstanceType, PriceSchedule> prices;
  private int nextType;

  /**
   * @param prices the prices of each of the group's instance types over the run, for its purchase option
   * @param onRegistered told of every instance that registers (capacity to place on)
   */
  public AutoScalingGroup(CapacityProviderSpec spec, List<LaunchTemplate> templates, Map<InstanceType, PriceSchedule> prices,
      List<String> zones, Engine engine, Cluster cluster, Ec2Billing billing, EventLog events, Instant startTime,
      Consumer<ContainerInstance> onRegistered) {
    this.spec = spec;
    this.templates = List.copyOf(templates);
    this.prices = Map.copyOf(prices);
    this.engine = engine;
    this.cluster = cluster;
    this.billing = billing;
    this.events = events;
    this.startTime = startTime;
    this.bootTime = spec.bootTime().sampler(engine.rng("boot/" + spec.name()));
    this.onRegistered = onRegistered;
    this.zones = List.copyOf(zones);
    this.zoneBalance = new ZoneBalance(zones);
  }

  public String name() {
    return spec.name();
  }

  public CapacityProviderSpec spec() {
    return spec;
  }

  public List<LaunchTemplate> templates() {
    return templates;
  }

  /** The Availability Zones the group launches into. */
  public List<String> zones() {
    return zones;
  }

  public InstancePool pool() {
    return cluster.pool(spec.name());
  }

  /** The instance's prices over the run (its type, bought as the group buys). */
  public PriceSchedule prices(ContainerInstance instance) {
    return prices.get(instance.type());
  }

  /** The billing meter of a registered, not yet terminated instance of the group. */
  public Ec2Billing.Meter meter(ContainerInstance instance) {
    Ec2Billing.Meter meter = meters.get(instance);
    if (meter == null) {
      throw new IllegalArgumentException(instance.id() + " is not a running instance of " + spec.name());
    }
    return meter;
  }

  /** Instances launched and not terminated, booting ones included: the group's size. */
  public int size() {
    return pool().runningCount() + booting.size();
  }

  /**
   * Instances launched and not terminated, without those the group is already terminating (an
   * instance draining before scale-in takes it, in the ASG's Terminating:Wait): the group's
   * desired capacity, the N of CapacityProviderReservation (ecsim decision, docs/modelling.md).
   */
  public int inService() {
    return size() - leaving.size();
  }

  /** The group has chosen the instance for termination; it goes once drained ({@link #terminate}). */
  public void markLeaving(ContainerInstance instance) {
    leaving.add(instance);
  }

  public boolean isLeaving(ContainerInstance instance) {
    return leaving.contains(instance);
  }

  /** The group starts warm: {@code count} instances running and registered at time zero. */
  public void startWarm(int count) {
    for (int i = 0; i < count; i++) {
      LaunchTemplate template = nextTemplate();
      String zone = zoneBalance.take();
      Ec2Billing.Meter meter = openMeter(template.type(), 0);
      cluster.launched();
      register(new Booting(template.type(), zone, 0, meter), template);
    }
  }

  /** Launches {@code count} instances; each registers after its boot time. {@code why} is logged as it is. */
  public void launch(int count, String why) {
    long now = engine.now();
    for (int i = 0; i < count; i++) {
      LaunchTemplate template = nextTemplate();
      String zone = zoneBalance.take();
      Booting b = new Booting(template.type(), zone, now, openMeter(template.type(), now));
      booting.add(b);
      cluster.launched();
      long boot = Math.round(bootTime.sample());
      engine.schedule(now + boot, () -> {
        booting.remove(b);
        register(b, template);
      });
    }
    if (count > 0) {
      events.add(now, EventType.INSTANCES_LAUNCHED, spec.name(), why);
    }
  }

  /** Terminates a registered instance with no task on it (scale-in, the user); billing stops now. */
  public void terminate(ContainerInstance instance, String why) {
    terminate(instance, why, StopCause.TERMINATED);
  }

  /** Terminates a registered instance with no task on it; billing stops now, under {@code cause}'s rule. */
  public void terminate(ContainerInstance instance, String why, StopCause cause) {
    long now = engine.now();
    cluster.terminate(instance, now);
    leaving.remove(instance);
    meters.remove(instance).stop(now, cause);
    zoneBalance.release(instance.availabilityZone());
    events.add(now, EventType.INSTANCE_TERMINATED, spec.name(), instance.ec2InstanceId() + " (" + instance.id() + ", "
        + instance.type().name() + ", " + instance.availabilityZone() + ") terminated: " + why,
        EventFacts.instance(instance.eventFacts()));
  }

  private void register(Booting b, LaunchTemplate template) {
    long now = engine.now();
    ContainerInstance instance = cluster.register(template, b.zone, b.launchedAt, now, startTime.plusMillis(now));
    meters.put(instance, b.meter);
    events.add(now, EventType.INSTANCE_REGISTERED, spec.name(), instance.ec2InstanceId() + " ("
        + instance.type().name() + ", " + instance.availabilityZone() + ") registered as " + instance.id() + " with "
        + instance.registeredCpu() + " CPU units and " + instance.registeredMemoryMiB() + " MiB"
        + (b.launchedAt == now ? "" : ", " + (now - b.launchedAt) / 1000.0 + " s after launch"),
        EventFacts.instance(instance.eventFacts()));
    onRegistered.accept(instance);
  }

  private Ec2Billing.Meter openMeter(InstanceType type, long at) {
    return billing.open(spec.name(), prices.get(type), spec.effectivePurchaseOption().spelling(), at);
  }

  private LaunchTemplate nextTemplate() {
    if (spec.purchaseOption() == CapacityProviderSpec.PurchaseOption.ON_DEMAND) {
      return templates.get(0);
    }
    return templates.get(nextType++ % templates.size());
  }
}
