package dev.ecsim.capacity;

import dev.ecsim.cluster.TaskRequirements;
import java.util.Comparator;
import java.util.List;

/**
 * The part of a task's requirements that scale-out packing looks at (docs/ecs-behaviour.md §5.3
 * step 1: "the same exact resource requirements"): CPU, memory, static host ports and the ENI. Port
 * lists are sorted, so two tasks asking for the same ports in another order are equal; the task
 * group is left out, being a placement label, not a resource.
 */
record TaskShape(
    int cpu, int memoryMiB, List<Integer> staticTcpPorts, List<Integer> staticUdpPorts,
    boolean needsEni) {

  static TaskShape of(TaskRequirements task) {
    return new TaskShape(task.cpu(), task.memoryMiB(),
        task.staticTcpPorts().stream().sorted().toList(),
        task.staticUdpPorts().stream().sorted().toList(),
        task.needsEni());
  }

  int staticPortCount() {
    return staticTcpPorts.size() + staticUdpPorts.size();
  }

  /**
   * The "decreasing" of first-fit decreasing: CPU, then memory, then static port count, then the
   * ENI, each largest first; then the port lists, only to make the order total.
   */
  static final Comparator<TaskShape> LARGEST_FIRST =
      Comparator.comparingInt(TaskShape::cpu).reversed()
          .thenComparing(Comparator.comparingInt(TaskShape::memoryMiB).reversed())
          .thenComparing(Comparator.comparingInt(TaskShape::staticPortCount).reversed())
          .thenComparing(TaskShape::needsEni, Comparator.reverseOrder())
          .thenComparing(TaskShape::staticTcpPorts, TaskShape::lexicographic)
          .thenComparing(TaskShape::staticUdpPorts, TaskShape::lexicographic);

  private static int lexicographic(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
