package dev.ecsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class EngineProperties {

  @Property
  void clockNeverGoesBackwards(@ForAll @Size(max = 200) List<@LongRange(min = 0, max = 10_000) Long> delays) {
    Engine sim = new Engine(1);
    List<Long> seen = new ArrayList<>();
    for (long d : delays) {
      sim.schedule(d, () -> {
        seen.add(sim.now());
        // events may schedule more events, never before now
        sim.scheduleAfter(d % 7, () -> seen.add(sim.now()));
      });
    }
    sim.runUntil(20_000);
    for (int i = 1; i < seen.size(); i++) {
      assertThat(seen.get(i)).isGreaterThanOrEqualTo(seen.get(i - 1));
    }
    assertThat(seen).hasSize(delays.size() * 2);
  }

  @Property
  void sameTimeEventsFireInSchedulingOrder(
      @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 5) Integer> times) {
    Engine sim = new Engine(7);
    List<Integer> fired = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      int id = i;
      sim.schedule(times.get(i), () -> fired.add(id));
    }
    sim.runUntil(10);
    // Expected: stable sort by time of the scheduling order.
    List<Integer> expected = new ArrayList<>();
    for (int t = 0; t <= 5; t++) {
      for (int i = 0; i < times.size(); i++) {
        if (times.get(i) == t) {
          expected.add(i);
        }
      }
    }
    assertThat(fired).isEqualTo(expected);
  }

  @Property
  void cancelRemovesExactlyTheCancelledEvents(
      @ForAll @Size(max = 200) List<@LongRange(min = 0, max = 1_000) Long> times,
      @ForAll @Size(max = 200) Set<@IntRange(min = 0, max = 199) Integer> toCancel) {
    Engine sim = new Engine(3);
    Set<Integer> fired = new HashSet<>();
    List<ScheduledEvent> handles = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      int id = i;
      handles.add(sim.schedule(times.get(i), () -> fired.add(id)));
    }
    Set<Integer> cancelled = new HashSet<>();
    for (int c : toCancel) {
      if (c < handles.size()) {
        assertThat(sim.cancel(handles.get(c))).isTrue();
        assertThat(sim.cancel(handles.get(c))).as("second cancel of the same event").isFalse();
        cancelled.add(c);
      }
    }
    assertThat(sim.pendingEvents()).isEqualTo(times.size() - cancelled.size());
    sim.runUntil(1_000);
    for (int i = 0; i < times.size(); i++) {
      assertThat(fired.contains(i)).as("event %d fired", i).isEqualTo(!cancelled.contains(i));
    }
  }

  /** What Simulation.run(progress) relies on: running in slices fires what one run fires, at the same times. */
  @Property
  void runningInSlicesFiresWhatOneRunFires(
      @ForAll @Size(max = 100) List<@LongRange(min = 0, max = 10_000) Long> delays,
      @ForAll @Size(min = 1, max = 20) List<@LongRange(min = 0, max = 20_000) Long> sliceEnds) {
    List<String> once = firings(delays, List.of(20_000L));
    List<Long> slices = new ArrayList<>(sliceEnds.stream().sorted().toList());
    slices.add(20_000L);
    assertThat(firings(delays, slices)).isEqualTo(once);
  }

  /** Events that draw random delays and schedule followers, run until each of the slice ends in turn. */
  private static List<String> firings(List<Long> delays, List<Long> sliceEnds) {
    Engine sim = new Engine(11);
    List<String> fired = new ArrayList<>();
    for (int i = 0; i < delays.size(); i++) {
      int id = i;
      sim.schedule(delays.get(i), () -> {
        fired.add(id + "@" + sim.now());
        long follow = (long) (sim.rng("follow").nextDouble() * 3_000);
        sim.scheduleAfter(follow, () -> fired.add(id + "'@" + sim.now()));
      });
    }
    for (long end : sliceEnds) {
      sim.runUntil(end);
    }
    return fired;
  }

  @Property
  void sameSeedGivesSameSequence(@ForAll long seed, @ForAll("names") String name) {
    Engine a = new Engine(seed);
    Engine b = new Engine(seed);
    // Drawing from another stream first must not shift this one.
    b.rng("other").nextDouble();
    for (int i = 0; i < 20; i++) {
      assertThat(a.rng(name).nextLong()).isEqualTo(b.rng(name).nextLong());
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> names() {
    return net.jqwik.api.Arbitraries.of("arrivals/etl", "durations/etl", "spot/od-m6i", "boot/a");
  }
}
