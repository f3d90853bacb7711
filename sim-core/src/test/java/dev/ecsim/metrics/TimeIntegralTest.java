package dev.ecsim.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The integral of a step function, which every period average (reservation, utilization) is read from. */
class TimeIntegralTest {

  @Test
  void aStepFunctionsIntegralIsItsRectangles() {
    // 2 for 10 ms, then 5 for 20 ms, then 1 until 40: 20 + 100 + 10 = 130.
    TimeIntegral x = new TimeIntegral();
    x.set(0, 2);
    x.set(10, 5);
    x.add(30, -4);
    assertThat(x.integralUntil(40)).isEqualTo(130.0);
    assertThat(x.value()).isEqualTo(1.0);
    assertThatThrownBy(() -> x.set(39, 0)).hasMessageContaining("time went back from 40 to 39");
  }

  record Change(long gap, double value) {}

  @Provide
  Arbitrary<List<Change>> changes() {
    return Combinators.combine(Arbitraries.longs().between(0, 10_000), Arbitraries.doubles().between(-1e6, 1e6))
        .as(Change::new).list().ofMaxSize(50);
  }

  @Property(tries = 300)
  void theIntegralIsTheSumOfValueTimesDuration(@ForAll("changes") List<Change> changes) {
    TimeIntegral x = new TimeIntegral();
    long now = 0;
    double value = 0;
    double expected = 0;
    for (Change c : changes) {
      expected += value * c.gap();
      now += c.gap();
      x.set(now, c.value());
      value = c.value();
    }
    expected += value * 1_000;
    assertThat(x.integralUntil(now + 1_000)).isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
  }
}
