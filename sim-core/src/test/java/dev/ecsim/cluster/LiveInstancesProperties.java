package dev.ecsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.catalog.InstanceCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The live structures against a model kept by hand: after any sequence of launches, drains and
 * terminations, the pool's ACTIVE and running instances are exactly the model's, in launch order,
 * {@code activeAt} draws from the same set, and nothing terminated is retained.
 */
class LiveInstancesProperties {
  private static final LaunchTemplate TEMPLATE = new LaunchTemplate("cp",
      InstanceCatalog.bundled("us-east-1").find("m5.large").orElseThrow(), 0.98, Map.of(), false, "1.89.0", true);

  /** 0: launch; 1: drain the k-th running instance; 2: terminate it. */
  record Op(int kind, int k) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 1000)).as(Op::new);
    return op.list().ofMaxSize(200);
  }

  @Property
  void liveSetsHoldExactlyTheLiveInstancesInLaunchOrder(@ForAll("ops") List<Op> ops) {
    Cluster cluster = new Cluster();
    List<ContainerInstance> running = new ArrayList<>();
    int peak = 0;
    long now = 0;
    for (Op op : ops) {
      now += 1000;
      if (op.kind() == 0 || running.isEmpty()) {
        running.add(cluster.launch(TEMPLATE, "us-east-1a", now, Instant.EPOCH));
      } else if (op.kind() == 1) {
        cluster.drain(running.get(op.k() % running.size()));
      } else {
        ContainerInstance gone = running.remove(op.k() % running.size());
        cluster.terminate(gone, now);
      }
      peak = Math.max(peak, running.size());
      List<ContainerInstance> active = running.stream().filter(i -> i.state() == InstanceState.ACTIVE).toList();
      for (InstancePool pool : List.of(cluster.pool("cp"), cluster.everywhere())) {
        assertThat(pool.activeInstances()).containsExactlyElementsOf(active);
        assertThat(pool.runningInstances()).containsExactlyElementsOf(running);
        assertThat(pool.activeCount()).isEqualTo(active.size()).isLessThanOrEqualTo(peak);
        HashSet<ContainerInstance> drawn = new HashSet<>();
        for (int i = 0; i < pool.activeCount(); i++) {
          drawn.add(pool.activeAt(i));
        }
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(active);
      }
      assertThat(cluster.runningInstances()).containsExactlyElementsOf(running).hasSizeLessThanOrEqualTo(peak);
    }
  }

  @Property
  void instanceTimeIsLaunchToTerminationOrHorizon(@ForAll @Size(max = 60) List<@IntRange(
      min = 0, max = 3) Integer> steps) {
    Cluster cluster = new Cluster();
    List<ContainerInstance> running = new ArrayList<>();
    long expected = 0;
    long now = 0;
    for (int step : steps) {
      now += 60_000;
      if (step == 0 && !running.isEmpty()) {
        ContainerInstance gone = running.remove(0);
        cluster.terminate(gone, now);
        expected += now - gone.launchedAt();
      } else {
        running.add(cluster.launch(TEMPLATE, "us-east-1a", now, Instant.EPOCH));
      }
    }
    long horizon = now + 60_000;
    for (ContainerInstance i : running) {
      expected += horizon - i.launchedAt();
    }
    assertThat(cluster.instanceMillis(horizon)).isEqualTo(expected);
  }
}
