package dev.ecsim.scaling;

import static dev.ecsim.scaling.Specs.cpu;
import static dev.ecsim.scaling.Specs.cpuAt;
import static dev.ecsim.scaling.Specs.target;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Target tracking's scale-in against Application Auto Scaling's rule ("How target tracking scaling
 * works": no scale-in that would likely take the metric above the target): after 15 minutes below
 * 0.9 × target, the new count carries the same load at or below the target, and it is the fewest
 * such count above minCapacity, so one task fewer would breach the target.
 */
class TargetTrackingProperties {

  @Property
  void aScaleInNeverTakesTheMetricAboveTargetAndRemovesAllItCan(
      @ForAll @IntRange(min = 1, max = 500) int running,
      @ForAll @IntRange(min = 10, max = 90) int targetPct,
      @ForAll @DoubleRange(min = 0.01, max = 0.89) double fractionOfTarget,
      @ForAll @IntRange(min = 1, max = 20) int minCapacity) {
    double m = Math.round(targetPct * fractionOfTarget * 100) / 100.0;
    Specs.Service s = new Specs.Service(target(minCapacity, 1_000, cpu("cpu", targetPct)), running);
    int desired = s.minutes(15, cpuAt(m)).desiredCount();

    double load = running * m; // task-percent the service carries, whatever its count
    assertThat(desired).isLessThanOrEqualTo(Math.max(running, minCapacity));
    if (desired < running) {
      assertThat(load / desired).as("metric on %d tasks", desired).isLessThanOrEqualTo(targetPct + 1e-9);
      if (desired > minCapacity) {
        assertThat(load / (desired - 1)).as("metric on %d tasks", desired - 1).isGreaterThan(targetPct - 1e-9);
      }
    } else if (running > minCapacity) {
      // Nothing removed: one task fewer would have carried the load above the target.
      assertThat(load / (running - 1)).isGreaterThan(targetPct - 1e-9);
    }
  }
}
