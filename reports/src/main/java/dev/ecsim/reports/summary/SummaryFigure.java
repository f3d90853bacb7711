package dev.ecsim.reports.summary;

import dev.ecsim.metrics.Summary;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * A figure of a run's {@link Summary}, read through its record components, and its name: the
 * dotted path it has in summary.json ({@code services.web.runningAvg}), a label and a CSV header
 * that is never parsed back. Reports, compare and sweep read every figure through one of these, so
 * a figure that does not exist fails to compile rather than leaving a row silently empty.
 *
 * @param read the figure of one run, empty where that run does not define it (a service it does not
 *     have, a reservation without instances)
 */
public record SummaryFigure(String path, Function<Summary, OptionalDouble> read) {

  /** A figure every run has. */
  public static SummaryFigure of(String path, ToDoubleFunction<Summary> read) {
    return new SummaryFigure(path, s -> OptionalDouble.of(read.applyAsDouble(s)));
  }

  /** A figure of one entry of a map of the summary: a service, a job, a provider's start latency. */
  public static <E> SummaryFigure entry(String map, Function<Summary, Map<String, E>> entries, String name, String field,
      ToDoubleFunction<E> read) {
    return new SummaryFigure(map + "." + name + "." + field, s -> Optional.ofNullable(entries.apply(s).get(name))
        .map(e -> OptionalDouble.of(read.applyAsDouble(e))).orElse(OptionalDouble.empty()));
  }

  public static SummaryFigure service(String name, String field, ToDoubleFunction<Summary.ServiceFigures> read) {
    return entry("services", Summary::services, name, field, read);
  }

  public static SummaryFigure job(String name, String field, ToDoubleFunction<Summary.JobFigures> read) {
    return entry("jobs", Summary::jobs, name, field, read);
  }

  public static SummaryFigure startLatency(String provider, String field, ToDoubleFunction<Summary.StartLatency> read) {
    return entry("startLatency", Summary::startLatency, provider, field, read);
  }

  /** One key of a cost map ({@code byCapacityProvider}, {@code byService}, {@code byPurchaseOption}). */
  public static SummaryFigure cost(String map, Function<Summary.Cost, Map<String, Double>> costs, String key) {
    return new SummaryFigure("cost." + map + "." + key, s -> Optional.ofNullable(costs.apply(s.cost()).get(key))
        .map(OptionalDouble::of).orElse(OptionalDouble.empty()));
  }

  /** Failed placement attempts for one reason ({@code RESOURCE:ENI}, ...), under {@code placementFailures.byReason}. */
  public static SummaryFigure placementFailures(String reason) {
    return new SummaryFigure("placementFailures.byReason." + reason,
        s -> Optional.ofNullable(s.placementFailures().byReason().get(reason))
            .map(n -> OptionalDouble.of(n)).orElse(OptionalDouble.empty()));
  }

  /** The figure scaled, e.g. a fraction as a percentage; the path stays the summary's. */
  public SummaryFigure times(double factor) {
    return new SummaryFigure(path, s -> {
      OptionalDouble v = read.apply(s);
      return v.isPresent() ? OptionalDouble.of(v.getAsDouble() * factor) : v;
    });
  }

  /** Undefined in a run where {@code condition} does not hold (a reservation where no instance ran). */
  public SummaryFigure when(Predicate<Summary> condition) {
    return new SummaryFigure(path, s -> condition.test(s) ? read.apply(s) : OptionalDouble.empty());
  }
}
