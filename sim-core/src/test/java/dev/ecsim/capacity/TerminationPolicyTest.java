package dev.ecsim.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.engine.Engine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The ASG's default termination policy (ASG UG: ec2-auto-scaling-termination-policies): the zone
 * with the most instances, then the instance closest to its next billing hour, then chance.
 */
class TerminationPolicyTest {
  private static final long MINUTE = 60_000;

  /** A candidate: its zone (index) and launch time. */
  record Vm(String name, int zone, long launchedAt) {}

  private static RandomGenerator rng() {
    return new Engine(7).rng("scale-in/test");
  }

  private static List<Vm> first(int n, List<Vm> candidates, int[] zoneCounts, long now) {
    return TerminationPolicy.first(n, candidates, Vm::zone, Vm::launchedAt, zoneCounts, now, rng());
  }

  @Test
  void theZoneWithTheMostInstancesGoesFirst() {
    // 3 AZs with 4 / 3 / 3 instances: the first victim is in zone a (4 instances), although b1
    // is the closest to its billing hour (launched at 10 min, 10 min to go at 60 min; the others
    // launched at 40 min have 40 min to go). Then 3 / 3 / 3: a tie, pooled, and b1 is closest.
    // Then 3 / 2 / 3: zones a and c tie again.
    long now = 60 * MINUTE;
    long late = 40 * MINUTE;
    List<Vm> all = List.of(
        new Vm("a1", 0, late), new Vm("a2", 0, late), new Vm("a3", 0, late), new Vm("a4", 0, late),
        new Vm("b1", 1, 10 * MINUTE), new Vm("b2", 1, late), new Vm("b3", 1, late),
        new Vm("c1", 2, late), new Vm("c2", 2, late), new Vm("c3", 2, late));
    List<Vm> order = first(3, all, new int[] {4, 3, 3}, now);
    assertThat(order.get(0).zone()).isZero();
    assertThat(order.get(1).name()).isEqualTo("b1");
    assertThat(order.get(2).zone()).isIn(0, 2);
  }

  @Test
  void closestToTheNextBillingHourFirstWithinAZone() {
    // Ages at 3 h: 2 h 55 min (5 min to its hour), 30 min (30 to go), 1 h 59 min (1 min to go).
    long now = 180 * MINUTE;
    Vm fiveToGo = new Vm("5", 0, now - 175 * MINUTE);
    Vm thirtyToGo = new Vm("30", 0, now - 30 * MINUTE);
    Vm oneToGo = new Vm("1", 0, now - 119 * MINUTE);
    assertThat(first(3, List.of(fiveToGo, thirtyToGo, oneToGo), new int[] {3}, now))
        .containsExactly(oneToGo, fiveToGo, thirtyToGo);
  }

  @Test
  void busyInstancesCountInTheirZoneEvenWhenOnlyEmptyOnesMayGo() {
    // Managed termination protection: zone b has 5 instances but one candidate, zone a 2 and 2.
    // The ASG balances all instances: b's one candidate goes first, then a's.
    long now = 30 * MINUTE;
    Vm a1 = new Vm("a1", 0, 0);
    Vm a2 = new Vm("a2", 0, 0);
    Vm b1 = new Vm("b1", 1, 0);
    List<Vm> order = first(3, List.of(a1, a2, b1), new int[] {2, 5}, now);
    assertThat(order.get(0)).isEqualTo(b1);
    assertThat(order.subList(1, 3)).containsExactlyInAnyOrder(a1, a2);
  }

  @Test
  void billingHourCountsFromLaunch() {
    assertThat(TerminationPolicy.toNextBillingHour(0)).isEqualTo(3_600_000);
    assertThat(TerminationPolicy.toNextBillingHour(3_599_000)).isEqualTo(1_000);
    assertThat(TerminationPolicy.toNextBillingHour(3_600_000)).isEqualTo(3_600_000);
    assertThat(TerminationPolicy.toNextBillingHour(5_400_000)).isEqualTo(1_800_000);
  }

  @Test
  void tiesAreDrawnFromTheStreamSoTheSameSeedGivesTheSameOrder() {
    List<Vm> same = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      same.add(new Vm("v" + i, 0, 0));
    }
    List<Vm> once = first(12, same, new int[] {12}, MINUTE);
    assertThat(first(12, same, new int[] {12}, MINUTE)).isEqualTo(once);
    assertThat(once).containsExactlyInAnyOrderElementsOf(same);
    assertThat(once).isNotEqualTo(same); // 1 / 12! that a fair draw keeps launch order
  }

  /**
   * Whatever the candidates: distinct ones, each taken from a zone that had the most instances
   * among the zones still holding candidates, and the count of the zone it came from falls by one.
   */
  @Property(tries = 300)
  void eachVictimComesFromAFullestZone(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(max = 3) Integer> zones,
      @ForAll @Size(min = 4, max = 4) List<@IntRange(max = 6) Integer> extra,
      @ForAll @IntRange(max = 7_200) int seconds) {
    List<Vm> candidates = new ArrayList<>();
    int[] counts = new int[4];
    for (int i = 0; i < zones.size(); i++) {
      candidates.add(new Vm("v" + i, zones.get(i), (i % 5) * 7 * MINUTE));
      counts[zones.get(i)]++;
    }
    for (int z = 0; z < 4; z++) {
      counts[z] += extra.get(z); // busy instances: counted, not candidates
    }
    long now = 40 * MINUTE + seconds * 1000L;
    List<Vm> order = first(candidates.size(), candidates, counts.clone(), now);
    assertThat(new HashSet<>(order)).hasSize(candidates.size());
    int[] left = counts.clone();
    Set<Vm> taken = new HashSet<>();
    for (Vm v : order) {
      int most = -1;
      for (Vm c : candidates) {
        if (!taken.contains(c)) {
          most = Math.max(most, left[c.zone()]);
        }
      }
      assertThat(left[v.zone()]).isEqualTo(most);
      left[v.zone()]--;
      taken.add(v);
    }
  }
}
