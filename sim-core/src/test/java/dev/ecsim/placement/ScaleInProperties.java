package dev.ecsim.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.Task;
import dev.ecsim.scenario.PlacementStrategySpec;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.random.Well19937c;

/**
 * The victims of one scale-in taken from {@link ScaleIn#victims} are the ones {@link
 * ScaleIn#chooseVictim} (the rule as stated, a pass per victim) picks one after another, each
 * stopped before the next, even when other tasks land on the freed instances meanwhile.
 */
class ScaleInProperties {
  static final String AZ = "attribute:ecs.availability-zone";

  /** One service task: where it runs (an instance index, or Fargate in a zone), its size, when created. */
  record Placed(int instance, boolean fargate, int cpu, int memory, int createdAt) {}

  @Provide
  Arbitrary<Placed> tasks() {
    return Combinators.combine(
        Arbitraries.integers().between(0, 7),
        Arbitraries.integers().between(0, 9).map(n -> n == 0),
        Arbitraries.of(128, 256, 512),
        Arbitraries.of(256, 512, 1024),
        Arbitraries.integers().between(0, 3)).as(Placed::new);
  }

  static List<PlacementStrategySpec> strategy(int i) {
    return switch (i) {
      case 0 -> ScaleIn.DEFAULT_SERVICE_STRATEGY;
      case 1 -> List.of(PlacementStrategySpec.spread(AZ));
      case 2 -> List.of(PlacementStrategySpec.spread("instanceId"));
      case 3 -> List.of(PlacementStrategySpec.binpack("cpu"));
      case 4 -> List.of(PlacementStrategySpec.binpack("memory"));
      case 5 -> List.of(PlacementStrategySpec.spread(AZ), PlacementStrategySpec.binpack("memory"));
      case 6 -> List.of(PlacementStrategySpec.random());
      case 7 -> List.of(PlacementStrategySpec.spread(AZ), PlacementStrategySpec.random());
      default -> List.of(PlacementStrategySpec.spread("attribute:ecs.instance-type"), PlacementStrategySpec.spread(AZ));
    };
  }

  @Property(tries = 300)
  void victimsAreWhatTheRulePicksOneAfterAnother(
      @ForAll @IntRange(min = 1, max = 8) int instances,
      @ForAll @Size(min = 1, max = 40) List<@From("tasks") Placed> placed,
      @ForAll @IntRange(min = 0, max = 8) int strategyIndex,
      @ForAll @IntRange(min = 1, max = 40) int toStop,
      @ForAll boolean othersLandMeanwhile,
      @ForAll long seed) {
    TestCluster t = new TestCluster();
    List<ContainerInstance> fleet = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      fleet.add(t.launch(PlacementProperties.TYPES.get(i % PlacementProperties.TYPES.size()),
          PlacementProperties.ZONES.get(i % PlacementProperties.ZONES.size())));
    }
    List<Task> service = new ArrayList<>();
    for (Placed p : placed) {
      Task task = new Task("web-" + (service.size() + 1), "service:web", "web", TestCluster.definition(p.cpu(),
          p.memory()), TestCluster.PROVIDER, p.createdAt());
      ContainerInstance host = fleet.get(p.instance() % instances);
      if (p.fargate()) {
        t.cluster.provisionOnFargate(task, PlacementProperties.ZONES.get(p.instance() % 3), 0, 0);
      } else if (host.fits(p.cpu(), p.memory())) {
        t.cluster.place(task, host, 0, 0);
      } else {
        continue;
      }
      service.add(task);
    }
    List<PlacementStrategySpec> strategy = strategy(strategyIndex);
    Well19937c referenceRng = new Well19937c(seed);
    ScaleIn.Victims victims = ScaleIn.victims(service, strategy, new Well19937c(seed));
    List<Task> remaining = new ArrayList<>(service);
    for (int k = 0; k < Math.min(toStop, service.size()); k++) {
      Task expected = ScaleIn.chooseVictim(remaining, strategy, referenceRng);
      assertThat(victims.next()).as("victim %d of %s", k, strategy).isSameAs(expected);
      remaining.remove(expected);
      t.cluster.stop(expected, 0, "ServiceSchedulerInitiated", "scale-in");
      // A waiting task of another service takes what the victim freed (TaskScheduler retries its queue).
      if (othersLandMeanwhile && expected.instance().isPresent()) {
        t.place(expected.instance().get(), "family:other", expected.cpu(), expected.memoryMiB());
      }
    }
  }
}
