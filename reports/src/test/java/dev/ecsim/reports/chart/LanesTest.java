package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanesTest {

  @Test
  void eachIntervalTakesTheLowestLaneFreeAtItsStart() {
    // Given out of order: A [0,10), B [5,15), C [10,20), D [12,14), E [20,30).
    long[] starts = {10, 0, 20, 5, 12};
    long[] ends = {20, 10, 30, 15, 14};

    Lanes.Assignment lanes = Lanes.assign(starts, ends);

    // By start: A -> 0. B: 0 busy until 10 -> 1. C at 10: 0 free again (A ended) -> 0.
    // D at 12: 0 (C) and 1 (B) busy -> 2. E at 20: all free -> 0. B, C and D overlap at 12-14.
    assertThat(lanes.lanes()).containsExactly(0, 0, 0, 1, 2); // C, A, E, B, D
    assertThat(lanes.count()).isEqualTo(3);
  }

  @Test
  void backToBackIntervalsShareALane() {
    Lanes.Assignment lanes = Lanes.assign(new long[] {0, 60, 120}, new long[] {60, 120, 180});

    assertThat(lanes.lanes()).containsExactly(0, 0, 0);
    assertThat(lanes.count()).isEqualTo(1);
  }

  @Test
  void noIntervalsNoLanes() {
    assertThat(Lanes.assign(new long[0], new long[0]).count()).isZero();
  }

  @Test
  void anIntervalMustEndAfterItStarts() {
    assertThatThrownBy(() -> Lanes.assign(new long[] {5}, new long[] {5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not after its start");
  }
}
