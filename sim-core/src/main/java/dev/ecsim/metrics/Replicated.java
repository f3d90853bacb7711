package dev.ecsim.metrics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The results of one scenario's replications (seeds seed .. seed+N-1), read figure by figure
 * through the result's own record components: {@code summaries.estimate(s -> s.cost().totalUsd())}.
 * A figure that does not exist does not compile, where a key read from JSON was silently absent.
 *
 * @param <T> what each run produced, usually {@link dev.ecsim.metrics.Summary}
 */
public final class Replicated<T> {
  private final List<T> runs;

  private Replicated(List<T> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no replications");
    }
    this.runs = List.copyOf(runs);
  }

  public static <T> Replicated<T> of(List<T> runs) {
    return new Replicated<>(runs);
  }

  /** The runs in seed order. */
  public List<T> runs() {
    return runs;
  }

  public int count() {
    return runs.size();
  }

  /** The first replication: the one whose tasks, events and series a report shows. */
  public T first() {
    return runs.get(0);
  }

  /** A figure every run has. */
  public Estimate estimate(ToDoubleFunction<? super T> figure) {
    double[] values = new double[runs.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = figure.applyAsDouble(runs.get(i));
    }
    return Estimate.of(values);
  }

  /**
   * A figure some runs may not define (an entry of a map, a latency where no task started): the
   * estimate over those that do, or empty when none does. Values that are not finite count as
   * undefined.
   */
  public Optional<Estimate> estimateWhereDefined(Function<? super T, OptionalDouble> figure) {
    double[] values = values(figure);
    return values.length == 0 ? Optional.empty() : Optional.of(Estimate.of(values));
  }

  /** Each run's value of the figure, NaN where a run does not define it, in seed order. */
  public double[] perRun(Function<? super T, OptionalDouble> figure) {
    double[] values = new double[runs.size()];
    for (int i = 0; i < values.length; i++) {
      OptionalDouble v = figure.apply(runs.get(i));
      values[i] = v.isPresent() && Double.isFinite(v.getAsDouble()) ? v.getAsDouble() : Double.NaN;
    }
    return values;
  }

  /** The keys of a map of each run, in the order they first appear over the runs. */
  public <K> List<K> keys(Function<? super T, ? extends Map<K, ?>> map) {
    Set<K> keys = new LinkedHashSet<>();
    runs.forEach(run -> keys.addAll(map.apply(run).keySet()));
    return List.copyOf(keys);
  }

  private double[] values(Function<? super T, OptionalDouble> figure) {
    List<Double> defined = new ArrayList<>();
    for (T run : runs) {
      OptionalDouble v = figure.apply(run);
      if (v.isPresent() && Double.isFinite(v.getAsDouble())) {
        defined.add(v.getAsDouble());
      }
    }
    return defined.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
