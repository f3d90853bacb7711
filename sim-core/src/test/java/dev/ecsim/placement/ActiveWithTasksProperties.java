package dev.ecsim.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.InstancePool;
import dev.ecsim.cluster.InstanceState;
import dev.ecsim.cluster.Task;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The count of ACTIVE instances holding a task, which the pools keep as tasks come and go (cluster
 * auto scaling's M reads it every minute instead of walking the group), equals a count by brute
 * force after any sequence of launches, placements, stops, drains and terminations, in the
 * provider's pool and in the cluster-wide one.
 */
class ActiveWithTasksProperties {

  /** 0: launch; 1: place a task on the k-th running instance if it is ACTIVE and has room; 2: stop the k-th task; 3: drain the k-th instance; 4: terminate it once empty. */
  record Op(int kind, int k) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 1000))
        .as(Op::new).list().ofMaxSize(300);
  }

  @Property
  void theKeptCountIsTheCountOfActiveInstancesWithTasks(@ForAll("ops") List<Op> ops) {
    TestCluster t = new TestCluster();
    List<ContainerInstance> running = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    long now = 0; // TestCluster launches at 0, and the time integrals never go back
    for (Op op : ops) {
      if (op.kind() == 0 || running.isEmpty()) {
        running.add(t.launch("m5.large", "us-east-1a"));
        continue;
      }
      ContainerInstance instance = running.get(op.k() % running.size());
      switch (op.kind()) {
        case 1 -> {
          if (instance.state() == InstanceState.ACTIVE && instance.remainingCpu() >= 512) {
            tasks.add(t.place(instance, "g", 512, 1024));
          }
        }
        case 2 -> {
          if (!tasks.isEmpty()) {
            t.cluster.stop(tasks.remove(op.k() % tasks.size()), now, "EssentialContainerExited", "done");
          }
        }
        case 3 -> t.cluster.drain(instance);
        default -> {
          if (instance.taskCount() == 0) {
            t.cluster.terminate(instance, now);
            running.remove(instance);
          }
        }
      }
      long expected = running.stream().filter(i -> i.state() == InstanceState.ACTIVE && i.taskCount() > 0).count();
      for (InstancePool pool : List.of(t.cluster.pool(TestCluster.PROVIDER), t.cluster.everywhere())) {
        assertThat(pool.activeWithTasksCount()).isEqualTo(expected);
      }
    }
  }
}
