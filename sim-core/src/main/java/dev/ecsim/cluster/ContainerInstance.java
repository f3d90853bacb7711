package dev.ecsim.cluster;

import dev.ecsim.catalog.InstanceType;
import dev.ecsim.metrics.EventFacts;
import dev.ecsim.query.InstanceFacts;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * An EC2 instance registered to the cluster: what it registered, what remains after the
 * reservations of the tasks placed on it (CPU units, MiB, host ports, ENI slots), its attributes,
 * how many tasks of each group it runs and which images it holds.
 * Invariant: nothing is ever reserved beyond what was registered.
 */
public final class ContainerInstance implements InstancePool.RemainingKey, InstanceFacts {
  private final long ordinal;
  private final String id;
  private final String ec2InstanceId;
  private final String capacityProvider;
  private final InstanceType type;
  private final String availabilityZone;
  private final int registeredCpu;
  private final int registeredMemoryMiB;
  private final int eniLimit;
  private final long launchedAt;
  private final Instant registeredAt;
  private final String agentVersion;
  private final Map<String, String> attributes;
  private final ImageCache images;
  private final Set<Integer> tcpPorts = new HashSet<>(Ports.RESERVED_LINUX);
  private final Set<Integer> udpPorts = new HashSet<>();
  private final Map<String, Integer> groupCounts = new HashMap<>();
  private int remainingCpu;
  private int remainingMemoryMiB;
  private int staticPorts = Ports.RESERVED_LINUX.size();
  private int dynamicPorts;
  private int enisInUse;
  private int taskCount;
  private int runningTasks;
  private InstanceState state = InstanceState.ACTIVE;
  private long terminatedAt = Long.MIN_VALUE;

  ContainerInstance(long ordinal, LaunchTemplate template, String availabilityZone, long launchedAt,
      long registeredAtMillis, Instant registeredAt) {
    this.ordinal = ordinal;
    // Formatted by hand: String.format was a twentieth of an EC2 year (300,000 instances).
    this.id = "ci-" + zeroPadded(Long.toString(ordinal), 6);
    this.ec2InstanceId = "i-" + zeroPadded(Long.toHexString(ordinal), 17);
    this.capacityProvider = template.capacityProvider();
    this.type = template.type();
    this.availabilityZone = availabilityZone;
    this.registeredCpu = type.registeredCpuUnits();
    this.registeredMemoryMiB = type.registeredMemoryMiB(template.registeredMemoryFraction());
    this.eniLimit = type.awsvpcTaskLimit(template.awsvpcTrunking());
    this.remainingCpu = registeredCpu;
    this.remainingMemoryMiB = registeredMemoryMiB;
    this.launchedAt = launchedAt;
    this.registeredAt = registeredAt;
    this.agentVersion = template.agentVersion();
    this.images = new ImageCache(registeredAtMillis, template.imageCleanup());
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("ecs.availability-zone", availabilityZone);
    attrs.put("ecs.instance-type", type.name());
    attrs.put("ecs.os-type", "linux");
    attrs.put("ecs.os-family", "LINUX");
    attrs.put("ecs.cpu-architecture", type.architecture().ecsName());
    if (template.awsvpcTrunking() && type.trunkedEnis().isPresent()) {
      attrs.put("ecs.awsvpc-trunk-id", "trunk-" + ec2InstanceId);
    }
    attrs.putAll(template.customAttributes());
    this.attributes = Collections.unmodifiableMap(attrs);
  }

  /** {@code digits} with leading zeros up to {@code width}, as {@code %0<width>d} would print it. */
  static String zeroPadded(String digits, int width) {
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /** Creation order; the deterministic tie-breaker wherever instances rank equal. */
  @Override
  public long ordinal() {
    return ordinal;
  }

  public String id() {
    return id;
  }

  @Override
  public String ec2InstanceId() {
    return ec2InstanceId;
  }

  public String capacityProvider() {
    return capacityProvider;
  }

  public InstanceType type() {
    return type;
  }

  public String availabilityZone() {
    return availabilityZone;
  }

  public int registeredCpu() {
    return registeredCpu;
  }

  public int registeredMemoryMiB() {
    return registeredMemoryMiB;
  }

  @Override
  public int remainingCpu() {
    return remainingCpu;
  }

  @Override
  public int remainingMemoryMiB() {
    return remainingMemoryMiB;
  }

  /** awsvpc tasks this instance can still take: ENI slots left (docs/ecs-behaviour.md §1.5). */
  public int remainingEnis() {
    return eniLimit - enisInUse;
  }

  public int eniLimit() {
    return eniLimit;
  }

  public int taskCount() {
    return taskCount;
  }

  /** Tasks of {@code group} placed here and not stopped. */
  public int tasksInGroup(String group) {
    return groupCounts.getOrDefault(group, 0);
  }

  public InstanceState state() {
    return state;
  }

  public long launchedAt() {
    return launchedAt;
  }

  /** This instance as the event log names it, so the reports need not read it out of a sentence. */
  public EventFacts.Instance eventFacts() {
    return new EventFacts.Instance(ec2InstanceId, id, type.name(), availabilityZone, launchedAt);
  }

  public OptionalLong terminatedAt() {
    return terminatedAt == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(terminatedAt);
  }

  public Map<String, String> attributes() {
    return attributes;
  }

  /** The value of a placement field: instanceId/host, or attribute:NAME. */
  public Optional<String> field(String field) {
    if (field.equals("instanceId") || field.equals("host")) {
      return Optional.of(id);
    }
    return attribute(field.startsWith("attribute:") ? field.substring("attribute:".length()) : field);
  }

  @Override
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }

  @Override
  public int runningTasksCount() {
    return runningTasks;
  }

  @Override
  public boolean agentConnected() {
    return state != InstanceState.INACTIVE;
  }

  @Override
  public String agentVersion() {
    return agentVersion;
  }

  @Override
  public Instant registeredAt() {
    return registeredAt;
  }

  @Override
  public Set<String> taskGroups() {
    return Collections.unmodifiableSet(groupCounts.keySet());
  }

  public boolean fits(int cpu, int memoryMiB) {
    return state == InstanceState.ACTIVE && cpu <= remainingCpu && memoryMiB <= remainingMemoryMiB;
  }

  /** The first resource this instance lacks for the task, ECS's reason code; empty if it fits. */
  public Optional<String> missingResource(TaskRequirements req) {
    return shortfall(req).reason();
  }

  /** The first resource this instance lacks for the task, in ECS's order; allocates nothing. */
  public Shortfall shortfall(TaskRequirements req) {
    if (req.cpu() > remainingCpu) {
      return Shortfall.CPU;
    }
    if (req.memoryMiB() > remainingMemoryMiB) {
      return Shortfall.MEMORY;
    }
    if (!portsFree(req)) {
      return Shortfall.PORTS;
    }
    if (req.needsEni() && enisInUse >= eniLimit) {
      return Shortfall.ENI;
    }
    return Shortfall.NONE;
  }

  private boolean portsFree(TaskRequirements req) {
    if (staticPorts + req.staticPortCount() > Ports.MAX_STATIC_PORTS) {
      return false;
    }
    if (dynamicPorts + req.dynamicPorts() > Ports.DYNAMIC_RANGE_SIZE) {
      return false;
    }
    // The requirement's own Integer objects are looked up: unboxing and boxing again would allocate.
    for (Integer p : req.staticTcpPorts()) {
      if (tcpPorts.contains(p)) {
        return false;
      }
    }
    for (Integer p : req.staticUdpPorts()) {
      if (udpPorts.contains(p)) {
        return false;
      }
    }
    return true;
  }

  void reserve(TaskRequirements req) {
    Shortfall missing = shortfall(req);
    if (missing != Shortfall.NONE) {
      throw new IllegalStateException(id + " cannot take the task: " + missing.reason().orElseThrow());
    }
    remainingCpu -= req.cpu();
    remainingMemoryMiB -= req.memoryMiB();
    tcpPorts.addAll(req.staticTcpPorts());
    udpPorts.addAll(req.staticUdpPorts());
    staticPorts += req.staticPortCount();
    dynamicPorts += req.dynamicPorts();
    enisInUse += req.needsEni() ? 1 : 0;
    groupCounts.merge(req.group(), 1, Integer::sum);
    taskCount++;
  }

  void release(TaskRequirements req) {
    remainingCpu += req.cpu();
    remainingMemoryMiB += req.memoryMiB();
    // removeAll of an empty list still walks the set when the set is not larger: skip it.
    req.staticTcpPorts().forEach(tcpPorts::remove);
    req.staticUdpPorts().forEach(udpPorts::remove);
    staticPorts -= req.staticPortCount();
    dynamicPorts -= req.dynamicPorts();
    enisInUse -= req.needsEni() ? 1 : 0;
    groupCounts.computeIfPresent(req.group(), (g, n) -> n == 1 ? null : n - 1);
    taskCount--;
    if (remainingCpu > registeredCpu || remainingMemoryMiB > registeredMemoryMiB || taskCount < 0 || enisInUse < 0) {
      throw new IllegalStateException(id + " released more than was reserved");
    }
  }

  void taskStarted() {
    runningTasks++;
  }

  void taskStopped() {
    runningTasks--;
  }

  void drain() {
    if (state == InstanceState.ACTIVE) {
      state = InstanceState.DRAINING;
    }
  }

  void terminate(long at) {
    state = InstanceState.INACTIVE;
    terminatedAt = at;
  }

  /** The image is present or being pulled at {@code now}. */
  public boolean hasImage(String image, long now) {
    return images.has(image, now);
  }

  /**
   * A task on this instance needs {@code image} from {@code startAt}: pulled then, taking
   * {@code pullMillis}, unless the instance has it or is pulling it (the agent pulls an image
   * once). Returns when the image is present; {@link #releaseImage} when the task stops.
   */
  public long acquireImage(String image, long startAt, long pullMillis) {
    return images.acquire(image, startAt, pullMillis);
  }

  public void releaseImage(String image, long now) {
    images.release(image, now);
  }

  @Override
  public String toString() {
    return id + "(" + type.name() + ", " + availabilityZone + ")";
  }
}
