package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LanesProperties {

  /** {start, length} pairs on a small range, so that intervals overlap and touch often. */
  private static long[][] intervals(List<Integer> starts, List<Integer> lengths) {
    int n = Math.min(starts.size(), lengths.size());
    long[] s = new long[n];
    long[] e = new long[n];
    for (int i = 0; i < n; i++) {
      s[i] = starts.get(i);
      e[i] = s[i] + lengths.get(i);
    }
    return new long[][] {s, e};
  }

  @Property
  void noTwoOverlappingIntervalsShareALane(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 100) Integer> starts,
      @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 40) Integer> lengths) {
    long[][] in = intervals(starts, lengths);
    long[] s = in[0];
    long[] e = in[1];

    Lanes.Assignment lanes = Lanes.assign(s, e);

    for (int i = 0; i < s.length; i++) {
      assertThat(lanes.lanes()[i]).isBetween(0, lanes.count() - 1);
      for (int j = i + 1; j < s.length; j++) {
        boolean overlap = s[i] < e[j] && s[j] < e[i];
        if (overlap) {
          assertThat(lanes.lanes()[i]).as("intervals %d and %d", i, j).isNotEqualTo(lanes.lanes()[j]);
        }
      }
    }
  }

  @Property
  void asManyLanesAsIntervalsOverlapAtTheBusiestMoment(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 100) Integer> starts,
      @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 40) Integer> lengths) {
    long[][] in = intervals(starts, lengths);
    long[] s = in[0];
    long[] e = in[1];

    // The busiest moment is some interval's start: count, by brute force, who holds it.
    int depth = 0;
    for (long t : s) {
      int holding = 0;
      for (int j = 0; j < s.length; j++) {
        if (s[j] <= t && t < e[j]) {
          holding++;
        }
      }
      depth = Math.max(depth, holding);
    }

    assertThat(Lanes.assign(s, e).count()).isEqualTo(depth);
  }
}
