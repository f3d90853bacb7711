package dev.ecsim.reports.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Which entities a many-line chart keeps when it has more than its lines and legend can show
 * apart: the ones with the highest figure. Pure functions.
 */
final class Busiest {
  private Busiest() {}

  /**
   * The {@code limit} names with the highest figure (a NaN figure ranks last; ties keep the given
   * order), returned in the given order so that colours follow the entities' order.
   */
  static <T> List<T> of(List<T> names, ToDoubleFunction<T> figure, int limit) {
    if (names.size() <= limit) {
      return names;
    }
    double[] values = names.stream().mapToDouble(figure)
        .map(v -> Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v).toArray();
    List<Integer> order = new ArrayList<>(IntStream.range(0, names.size()).boxed().toList());
    order.sort(Comparator.comparingDouble((Integer i) -> -values[i]));
    return order.subList(0, limit).stream().sorted().map(names::get).toList();
  }

  /** The mean of a whole column, gaps (NaN) left out, as a chart bucket takes it; NaN when all are gaps. */
  static double mean(double[] values) {
    return Aggregation.MEAN.aggregate(values, 0, values.length);
  }
}
