package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BucketingProperties {

  /** Ascending times (repeats allowed, as a final sample at the horizon can repeat) and values. */
  record Input(long[] times, double[] values) {
    double min() {
      return Arrays.stream(values).min().orElseThrow();
    }

    double max() {
      return Arrays.stream(values).max().orElseThrow();
    }
  }

  @Provide
  Arbitrary<Input> series() {
    Arbitrary<List<Long>> times =
        Arbitraries.oneOf(
                Arbitraries.longs().between(0, 50), // dense: many repeated times
                Arbitraries.longs().between(0, 30L * 86_400_000L)) // up to a month
            .list()
            .ofMinSize(1)
            .ofMaxSize(400);
    return times.flatMap(
        t ->
            Combinators.combine(
                    Arbitraries.just(t),
                    Arbitraries.doubles().between(-1e9, 1e9).list().ofSize(t.size()))
                .as(
                    (ts, vs) ->
                        new Input(
                            ts.stream().mapToLong(Long::longValue).sorted().toArray(),
                            vs.stream().mapToDouble(Double::doubleValue).toArray())));
  }

  @Property
  void neverMoreThanMaxPointsAndTimesStrictlyAscendWithinTheInput(
      @ForAll("series") Input input,
      @ForAll @IntRange(min = 1, max = 100) int maxPoints,
      @ForAll Aggregation aggregation) {
    Points points = Bucketing.downsample(input.times(), input.values(), maxPoints, aggregation);

    assertThat(points.size()).isBetween(1, maxPoints);
    long[] t = points.timesMillis();
    for (int i = 1; i < t.length; i++) {
      assertThat(t[i]).isGreaterThan(t[i - 1]);
    }
    assertThat(t[0]).isEqualTo(input.times()[0]);
    assertThat(t[t.length - 1]).isLessThanOrEqualTo(input.times()[input.times().length - 1]);
  }

  @Property
  void meanStaysWithinTheInputRange(
      @ForAll("series") Input input, @ForAll @IntRange(min = 1, max = 100) int maxPoints) {
    Points points =
        Bucketing.downsample(input.times(), input.values(), maxPoints, Aggregation.MEAN);

    assertThat(Arrays.stream(points.values()).boxed().toList())
        .allSatisfy(v -> assertThat(v).isBetween(input.min(), input.max()));
  }

  @Property
  void maxPreservesTheOverallMaximum(
      @ForAll("series") Input input, @ForAll @IntRange(min = 1, max = 100) int maxPoints) {
    Points points = Bucketing.downsample(input.times(), input.values(), maxPoints, Aggregation.MAX);

    assertThat(Arrays.stream(points.values()).max().orElseThrow()).isEqualTo(input.max());
    assertThat(Arrays.stream(points.values()).boxed().toList())
        .allSatisfy(v -> assertThat(v).isBetween(input.min(), input.max()));
  }
}
