package dev.ecsim.cluster;

import dev.ecsim.scenario.ContainerSpec;
import dev.ecsim.scenario.PortMapping;
import dev.ecsim.scenario.TaskDefinitionSpec;
import dev.ecsim.scenario.TaskDefinitionSpec.NetworkMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What one task needs from a container instance: CPU units, memory, static host ports (TCP and
 * UDP), dynamic host ports, an ENI slot (awsvpc), and the task group that spread and
 * distinctInstance count by.
 */
public record TaskRequirements(
    int cpu,
    int memoryMiB,
    List<Integer> staticTcpPorts,
    List<Integer> staticUdpPorts,
    int dynamicPorts,
    boolean needsEni,
    String group) {

  public static TaskRequirements of(TaskDefinitionSpec definition, String group) {
    List<Integer> tcp = new ArrayList<>();
    List<Integer> udp = new ArrayList<>();
    int dynamic = 0;
    for (ContainerSpec c : definition.containerDefinitions()) {
      for (PortMapping p : c.portMappings()) {
        boolean staticPort = p.hostPort().isPresent() && definition.networkMode() != NetworkMode.AWSVPC;
        if (staticPort) {
          (p.protocol() == PortMapping.Protocol.TCP ? tcp : udp).add(p.hostPort().getAsInt());
        } else if (definition.networkMode() == NetworkMode.BRIDGE) {
          dynamic++;
        }
      }
    }
    return new TaskRequirements(definition.reservedCpu(), definition.reservedMemoryMiB(), List.copyOf(tcp),
        List.copyOf(udp), dynamic, definition.networkMode() == NetworkMode.AWSVPC, group);
  }

  public int staticPortCount() {
    return staticTcpPorts.size() + staticUdpPorts.size();
  }
}
