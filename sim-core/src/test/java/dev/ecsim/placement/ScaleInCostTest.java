package dev.ecsim.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.Task;
import dev.ecsim.scenario.PlacementStrategySpec;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a scale-in by many tasks costs, counted in reads of the service's task list, never timed:
 * the service's strategies read it in one or two passes for the whole scale-in, where a pass per
 * victim would read it n x K times.
 */
class ScaleInCostTest {
  static final int INSTANCES = 500;
  static final int TASKS = 4_000;
  static final int VICTIMS = 2_000;

  /** A list that counts how many elements were read from it. */
  static final class CountingList extends AbstractList<Task> {
    final List<Task> tasks;
    long reads;

    CountingList(List<Task> tasks) {
      this.tasks = tasks;
    }

    @Override
    public Task get(int index) {
      reads++;
      return tasks.get(index);
    }

    @Override
    public int size() {
      return tasks.size();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void theServiceStrategiesReadTheTasksOnceOrTwicePerScaleIn(int strategyIndex) {
    TestCluster t = new TestCluster();
    List<ContainerInstance> fleet = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      fleet.add(t.launch("m5.4xlarge", PlacementProperties.ZONES.get(i % 3)));
    }
    List<Task> service = new ArrayList<>();
    for (int n = 0; n < TASKS; n++) {
      service.add(t.place(fleet.get(n * 7 % INSTANCES), "service:web", 256, 512));
    }
    List<PlacementStrategySpec> strategy = List.of(ScaleIn.DEFAULT_SERVICE_STRATEGY,
        List.of(PlacementStrategySpec.spread(PlacementProperties.AZ)), List.of(PlacementStrategySpec.binpack("cpu")),
        List.of(PlacementStrategySpec.binpack("memory"))).get(strategyIndex);
    CountingList counted = new CountingList(service);
    ScaleIn.Victims victims = ScaleIn.victims(counted, strategy, new Well19937c(1));
    // The generic path keeps a private copy and passes over it per victim, unseen by the count.
    assertThat(victims).isInstanceOfAny(SpreadVictims.class, BinpackVictims.class);
    Set<Task> stopped = new HashSet<>();
    for (int k = 0; k < VICTIMS; k++) {
      Task victim = victims.next();
      assertThat(stopped.add(victim)).isTrue();
      t.cluster.stop(victim, 0, "ServiceSchedulerInitiated", "scale-in");
    }
    assertThat(counted.reads).as("%s", strategy).isLessThanOrEqualTo(2L * TASKS);
  }
}
