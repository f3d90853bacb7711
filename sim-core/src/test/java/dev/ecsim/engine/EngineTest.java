package dev.ecsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineTest {

  @Test
  void schedulingInThePastNamesBothTimes() {
    Engine sim = new Engine(1);
    sim.schedule(500, () -> {});
    sim.runUntil(1_000);
    assertThatThrownBy(() -> sim.schedule(999, () -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("999 ms")
        .hasMessageContaining("already at 1000 ms");
  }

  @Test
  void runUntilLeavesLaterEventsQueuedAndStopsTheClockAtTheHorizon() {
    Engine sim = new Engine(1);
    List<Long> fired = new ArrayList<>();
    sim.schedule(100, () -> fired.add(sim.now()));
    sim.schedule(100_000, () -> fired.add(sim.now()));
    sim.runUntil(5_000);
    assertThat(fired).containsExactly(100L);
    assertThat(sim.now()).isEqualTo(5_000);
    assertThat(sim.pendingEvents()).isEqualTo(1);
    assertThat(sim.step()).isTrue();
    assertThat(fired).containsExactly(100L, 100_000L);
    assertThat(sim.step()).isFalse();
  }

  @Test
  void eventAtTheHorizonFires() {
    Engine sim = new Engine(1);
    List<Long> fired = new ArrayList<>();
    sim.schedule(5_000, () -> fired.add(sim.now()));
    sim.runUntil(5_000);
    assertThat(fired).containsExactly(5_000L);
    assertThat(sim.eventsFired()).isEqualTo(1);
  }

  @Test
  void differentStreamNamesAreIndependent() {
    Engine sim = new Engine(42);
    assertThat(sim.rng("a").nextLong()).isNotEqualTo(sim.rng("b").nextLong());
    assertThat(sim.rng("a")).isSameAs(sim.rng("a"));
  }

  @Test
  void differentSeedsGiveDifferentStreams() {
    assertThat(RandomStreams.streamSeed(1, "arrivals/etl"))
        .isNotEqualTo(RandomStreams.streamSeed(2, "arrivals/etl"));
  }
}
