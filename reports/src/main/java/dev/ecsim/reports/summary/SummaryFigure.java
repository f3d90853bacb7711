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
 * <p>The factory that builds a figure also says when it applies ({@link Applicability} holds the
 * rules): {@link #cluster} for the registered instances' figures, {@link #jobWait} and {@link
 * #jobTurnaround} for a job's, {@link #serviceRequests} for a service's load. Whether a figure
 * applies is data the figure carries, never read back from its path.
 *
 * @param read the figure of one run, empty where that run does not define it (a service it does not
 *     have)
 * @param applies whether the figure applies to a run at all ({@link Applicability#limit} leaves it
 *     undefined where it does not: a reservation without instances)
 */
public record SummaryFigure(String path, Function<Summary, OptionalDouble> read, Predicate<Summary> applies) {

  /** A figure that applies to every run in which it is defined. */
  public SummaryFigure(String path, Function<Summary, OptionalDouble> read) {
    this(path, read, s -> true);
  }

  /** A figure every run has. */
  public static SummaryFigure of(String path, ToDoubleFunction<Summary> read) {
    return new SummaryFigure(path, s -> OptionalDouble.of(read.applyAsDouble(s)));
  }

  /**
   * A figure of the registered container instances ({@code cluster.*}): it applies only to a run in
   * which an instance ran ({@link Applicability#instancesRan}).
   */
  public static SummaryFigure cluster(String field, ToDoubleFunction<Summary.Cluster> read) {
    return new SummaryFigure("cluster." + field, s -> OptionalDouble.of(read.applyAsDouble(s.cluster())),
        Applicability::instancesRan);
  }

  /** A figure of one entry of a map of the summary: a service, a job, a provider's start latency. */
  public static <E> SummaryFigure entry(String map, Function<Summary, Map<String, E>> entries, String name, String field,
      ToDoubleFunction<E> read) {
    return entry(map, entries, name, field, read, e -> true);
  }

  /**
   * A figure of one entry of a map of the summary that applies only where {@code appliesTo} holds of
   * that entry (a job's waits once it submitted a task).
   */
  public static <E> SummaryFigure entry(String map, Function<Summary, Map<String, E>> entries, String name,
      String field, ToDoubleFunction<E> read, Predicate<E> appliesTo) {
    return new SummaryFigure(map + "." + name + "." + field, s -> Optional.ofNullable(entries.apply(s).get(name))
        .map(e -> OptionalDouble.of(read.applyAsDouble(e))).orElse(OptionalDouble.empty()),
        s -> Optional.ofNullable(entries.apply(s).get(name)).map(appliesTo::test).orElse(true));
  }

  public static SummaryFigure service(String name, String field, ToDoubleFunction<Summary.ServiceFigures> read) {
    return entry("services", Summary::services, name, field, read);
  }

  /**
   * A figure of the requests a service's load offered (unserved requests): it applies only where a
   * load offered some ({@link Applicability#requestsOffered}).
   */
  public static SummaryFigure serviceRequests(String name, String field,
      ToDoubleFunction<Summary.ServiceFigures> read) {
    return entry("services", Summary::services, name, field, read, Applicability::requestsOffered);
  }

  public static SummaryFigure job(String name, String field, ToDoubleFunction<Summary.JobFigures> read) {
    return entry("jobs", Summary::jobs, name, field, read);
  }

  /** A job's wait: it applies once the job submitted a task ({@link Applicability#waitsApply}). */
  public static SummaryFigure jobWait(String name, String field, ToDoubleFunction<Summary.JobFigures> read) {
    return entry("jobs", Summary::jobs, name, field, read, Applicability::waitsApply);
  }

  /** A job's turnaround: it applies once a task of the job completed ({@link Applicability#turnaroundApplies}). */
  public static SummaryFigure jobTurnaround(String name, String field, ToDoubleFunction<Summary.JobFigures> read) {
    return entry("jobs", Summary::jobs, name, field, read, Applicability::turnaroundApplies);
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

  /** The figure scaled, e.g. a fraction as a percentage; the path and when it applies stay the same. */
  public SummaryFigure times(double factor) {
    return new SummaryFigure(path, s -> {
      OptionalDouble v = read.apply(s);
      return v.isPresent() ? OptionalDouble.of(v.getAsDouble() * factor) : v;
    }, applies);
  }
}
