package dev.ecsim.capacity;

import dev.ecsim.cluster.Ports;
import dev.ecsim.cluster.TaskRequirements;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An imagined instance that the scale-out estimate fills with PROVISIONING tasks, counting what the
 * placement filter counts (docs/ecs-behaviour.md §1.5): CPU units, MiB, ENI slots, static host
 * ports once per port and protocol, at most 100 static ports including the agent's reserved five.
 * Dynamic ports are not counted (ecsim choice: §5.3 names "ports" without saying which; 28,233
 * dynamic ports per instance could bind only for tasks with many dynamic ports and almost no CPU or
 * memory). Invariant: nothing is packed beyond what the instance registers.
 */
final class PackedInstance {
  private final Set<Integer> tcpPorts = new HashSet<>(Ports.RESERVED_LINUX);
  private final Set<Integer> udpPorts = new HashSet<>();
  private int remainingCpu;
  private int remainingMemoryMiB;
  private int remainingEnis;
  private int staticPorts = Ports.RESERVED_LINUX.size();

  PackedInstance(int registeredCpu, int registeredMemoryMiB, int eniSlots) {
    this.remainingCpu = registeredCpu;
    this.remainingMemoryMiB = registeredMemoryMiB;
    this.remainingEnis = eniSlots;
  }

  /** What this instance lacks for {@code task}, in the placement filter's order; empty if it fits. */
  Optional<String> missing(TaskRequirements task) {
    if (task.cpu() > remainingCpu) {
      return Optional.of("CPU (" + task.cpu() + " units, " + remainingCpu + " free)");
    }
    if (task.memoryMiB() > remainingMemoryMiB) {
      return Optional.of("memory (" + task.memoryMiB() + " MiB, " + remainingMemoryMiB + " free)");
    }
    if (staticPorts + task.staticPortCount() > Ports.MAX_STATIC_PORTS) {
      return Optional.of("static ports (" + task.staticPortCount() + ", "
          + (Ports.MAX_STATIC_PORTS - staticPorts) + " free of 100 with the agent's reserved)");
    }
    for (int p : task.staticTcpPorts()) {
      if (tcpPorts.contains(p)) {
        return Optional.of("host port " + p + "/tcp (taken)");
      }
    }
    for (int p : task.staticUdpPorts()) {
      if (udpPorts.contains(p)) {
        return Optional.of("host port " + p + "/udp (taken)");
      }
    }
    if (task.needsEni() && remainingEnis == 0) {
      return Optional.of("an ENI slot");
    }
    return Optional.empty();
  }

  boolean fits(TaskRequirements task) {
    return missing(task).isEmpty();
  }

  void add(TaskRequirements task) {
    Optional<String> lack = missing(task);
    if (lack.isPresent()) {
      throw new IllegalStateException("packed a task that does not fit: lacks " + lack.get());
    }
    remainingCpu -= task.cpu();
    remainingMemoryMiB -= task.memoryMiB();
    remainingEnis -= task.needsEni() ? 1 : 0;
    staticPorts += task.staticPortCount();
    tcpPorts.addAll(task.staticTcpPorts());
    udpPorts.addAll(task.staticUdpPorts());
  }
}
