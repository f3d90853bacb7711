package dev.ecsim.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.capacity.SpotInterruptions.Independent;
import dev.ecsim.capacity.SpotInterruptions.Reclaims;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/** Invariants of the spot interruption draws for any seed, rate, share and group. */
class SpotInterruptionsProperties {

  @Property
  void aNoticeComesAfterTheStartAndTheSameSeedGivesTheSameNotices(
      @ForAll long seed,
      @ForAll @DoubleRange(min = 1e-6, max = 100) @Scale(7) double perHour,
      @ForAll @LongRange(min = 0, max = 400L * 24 * 3_600_000) long start) {
    Independent process = new Independent(perHour);
    RandomGenerator a = new Well19937c(seed);
    RandomGenerator b = new Well19937c(seed);
    long from = start;
    for (int i = 0; i < 20; i++) {
      OptionalLong at = process.noticeAt(from, a);
      assertThat(at).isEqualTo(process.noticeAt(from, b));
      assertThat(at).isPresent();
      assertThat(at.getAsLong()).isGreaterThan(from);
      from = at.getAsLong();
    }
  }

  @Property
  void aReclaimTakesShareTimesTheGroupRoundedUpOrDown(
      @ForAll long seed,
      @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(4) double share,
      @ForAll @IntRange(min = 0, max = 500) int size) {
    int count = new Reclaims(1, share).count(size, new Well19937c(seed));
    double expected = share * size;
    assertThat(count).isBetween((int) Math.floor(expected - 1e-9), (int) Math.ceil(expected + 1e-9));
    assertThat(count).isBetween(0, size);
  }

  @Property
  void victimsAreDistinctMembersOfTheGroupInItsOrder(
      @ForAll long seed,
      @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(4) double share,
      @ForAll @IntRange(min = 0, max = 60) int size) {
    Reclaims process = new Reclaims(1, share);
    List<Integer> group = IntStream.range(0, size).map(i -> 100 + i).boxed().toList();
    List<Integer> victims = process.victims(group, new Well19937c(seed));
    assertThat(victims).hasSize(process.count(size, new Well19937c(seed)));
    assertThat(new HashSet<>(victims)).hasSize(victims.size());
    assertThat(group).containsAll(victims);
    assertThat(victims).isSorted();
    assertThat(victims).isEqualTo(process.victims(group, new Well19937c(seed)));
  }

  @Property(tries = 50)
  void everyMemberOfTheGroupCanBeTaken(@ForAll long seed) {
    Reclaims process = new Reclaims(1, 0.25);
    List<Integer> group = List.of(0, 1, 2, 3, 4, 5, 6, 7);
    RandomGenerator rng = new Well19937c(seed);
    List<Integer> taken = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      taken.addAll(process.victims(group, rng));
    }
    // each member goes with probability 1/4 per event: missing one in 200 events has odds 0.75^200
    assertThat(new HashSet<>(taken)).containsExactlyInAnyOrderElementsOf(group);
  }
}
