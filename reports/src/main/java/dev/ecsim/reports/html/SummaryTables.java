package dev.ecsim.reports.html;

import static dev.ecsim.reports.html.HtmlReport.esc;

import dev.ecsim.metrics.PlacementFailureReason;
import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.summary.Applicability;
import dev.ecsim.reports.summary.SummaryFigure;
import dev.ecsim.metrics.Estimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The figure tables of the report, read from the summaries' record components: a headline table
 * (cost, cluster, tasks, spot) and one row per service, per job and per capacity provider's start
 * latency. A headline figure that applies to no replication ({@link Applicability}: a reservation
 * without instances) reads "n/a"; such a cell of a per-entity table reads "–". A column of
 * durations has one unit, named in its heading, so that its rows read on one scale.
 */
final class SummaryTables {
  private SummaryTables() {}

  private static final String MISSING = "–";
  /** The summary's name for EC2 capacity that no task reserved. */
  private static final String IDLE = "idle";

  private record Row(String label, String value) {}

  private record Group(String heading, List<Row> rows) {}

  /** A headline figure: how to label it and print it, and the figure itself. */
  private record Figure(String label, Quantity quantity, SummaryFigure figure) {}

  /** A column of a per-entity table (a service, a job, a provider): its heading and one entity's cell. */
  private interface Column<E> {
    String label();

    /** The unit of a column of durations, the one that suits its largest value; empty otherwise. */
    default Optional<HumanFormat.DurationUnit> unit(SummaryFigures f, Entities<E> table, List<String> names) {
      return Optional.empty();
    }

    /** The cell of entity {@code name}, if a replication has it; in {@code unit} when given. */
    Optional<String> cell(SummaryFigures f, Entities<E> table, String name, Optional<HumanFormat.DurationUnit> unit);
  }

  /** The entities of a table: which map of the summary holds them, and its name in summary.json. */
  private record Entities<E>(String field, Function<Summary, Map<String, E>> map) {
    SummaryFigure figure(String name, String figure, ToDoubleFunction<E> read, Predicate<E> appliesTo) {
      return Applicability.limit(SummaryFigure.entry(field, map, name, figure, read, appliesTo));
    }
  }

  /**
   * A numeric component of the entity's record, shown for the entities to which it applies (a job's
   * waits once it submitted a task, {@link Applicability}).
   */
  private record Cell<E>(String label, Quantity quantity, String field, ToDoubleFunction<E> read,
      Predicate<E> appliesTo) implements Column<E> {
    Cell(String label, Quantity quantity, String field, ToDoubleFunction<E> read) {
      this(label, quantity, field, read, e -> true);
    }

    @Override
    public Optional<HumanFormat.DurationUnit> unit(SummaryFigures f, Entities<E> table, List<String> names) {
      if (quantity != Quantity.SECONDS) {
        return Optional.empty();
      }
      double largest = 0;
      for (String name : names) {
        largest = Math.max(largest, f.estimate(table.figure(name, field, read, appliesTo))
            .map(e -> Math.abs(e.mean())).orElse(0.0));
      }
      return Optional.of(HumanFormat.DurationUnit.forSeconds(largest));
    }

    @Override
    public Optional<String> cell(SummaryFigures f, Entities<E> table, String name,
        Optional<HumanFormat.DurationUnit> unit) {
      SummaryFigure figure = table.figure(name, field, read, appliesTo);
      if (unit.isEmpty()) {
        return f.format(quantity, figure);
      }
      HumanFormat.DurationUnit u = unit.get();
      return f.estimate(figure).map(e -> e.halfWidth().isPresent()
          ? u.interval(e.mean(), e.halfWidth().getAsDouble()).toString() : u.number(e.mean()));
    }
  }

  /**
   * Two components read as a range, "2–9", or as one value when both print the same; spaced, "2.4 ±
   * 0.5 – 9.0 ± 1.0", when replications give half-widths. Shown only when both are present.
   */
  private record Range<E>(String label, Quantity quantity, String lowField, ToDoubleFunction<E> low,
      String highField, ToDoubleFunction<E> high) implements Column<E> {
    @Override
    public Optional<String> cell(SummaryFigures f, Entities<E> table, String name,
        Optional<HumanFormat.DurationUnit> unit) {
      Optional<String> lowText = f.format(quantity, table.figure(name, lowField, low, e -> true));
      Optional<String> highText = f.format(quantity, table.figure(name, highField, high, e -> true));
      if (lowText.isEmpty() || highText.isEmpty()) {
        return Optional.empty();
      }
      if (lowText.get().equals(highText.get())) {
        return lowText;
      }
      String dash = lowText.get().contains("±") || highText.get().contains("±") ? " – " : "–";
      return Optional.of(lowText.get() + dash + highText.get());
    }
  }

  private static final List<Figure> COST =
      List.of(new Figure("Total cost", Quantity.USD, SummaryFigure.of("cost.totalUsd", s -> s.cost().totalUsd())));

  private static final List<Figure> CLUSTER =
      List.of(
          new Figure("CPU reservation (average)", Quantity.PERCENT,
              SummaryFigure.cluster("cpuReservationAvgPct", Summary.Cluster::cpuReservationAvgPct)),
          new Figure("Memory reservation (average)", Quantity.PERCENT,
              SummaryFigure.cluster("memoryReservationAvgPct", Summary.Cluster::memoryReservationAvgPct)),
          new Figure("CPU utilization (average)", Quantity.PERCENT,
              SummaryFigure.cluster("cpuUtilizationAvgPct", Summary.Cluster::cpuUtilizationAvgPct)),
          new Figure("Memory utilization (average)", Quantity.PERCENT,
              SummaryFigure.cluster("memoryUtilizationAvgPct", Summary.Cluster::memoryUtilizationAvgPct)),
          new Figure("Instances launched", Quantity.COUNT,
              SummaryFigure.cluster("instancesLaunched", Summary.Cluster::instancesLaunched)),
          new Figure("Instances at peak", Quantity.COUNT,
              SummaryFigure.cluster("instancesPeak", Summary.Cluster::instancesPeak)),
          new Figure("Instance-hours", Quantity.DECIMAL,
              SummaryFigure.cluster("instanceHours", Summary.Cluster::instanceHours)));

  private static final List<Figure> TASKS =
      List.of(
          new Figure("Tasks launched", Quantity.COUNT, SummaryFigure.of("tasks.launched", s -> s.tasks().launched())),
          new Figure("Tasks completed", Quantity.COUNT,
              SummaryFigure.of("tasks.completed", s -> s.tasks().completed())),
          new Figure("Tasks stopped by spot interruption", Quantity.COUNT,
              SummaryFigure.of("tasks.stoppedBySpot", s -> s.tasks().stoppedBySpot())),
          new Figure("Tasks that waited for capacity", Quantity.COUNT,
              SummaryFigure.of("tasks.placementFailures", s -> s.tasks().placementFailures())));

  private static final List<Figure> SPOT =
      List.of(
          new Figure("Instance interruptions", Quantity.COUNT,
              SummaryFigure.of("spot.instanceInterruptions", s -> s.spot().instanceInterruptions())),
          new Figure("Task interruptions", Quantity.COUNT,
              SummaryFigure.of("spot.taskInterruptions", s -> s.spot().taskInterruptions())));

  private static final Entities<Summary.ServiceFigures> SERVICES = new Entities<>("services", Summary::services);
  private static final Entities<Summary.JobFigures> JOBS = new Entities<>("jobs", Summary::jobs);
  private static final Entities<Summary.StartLatency> START_LATENCY =
      new Entities<>("startLatency", Summary::startLatency);

  private static final List<Column<Summary.ServiceFigures>> SERVICE_COLUMNS =
      List.of(
          new Cell<>("Running tasks (avg)", Quantity.DECIMAL, "runningAvg", Summary.ServiceFigures::runningAvg),
          new Range<>("Desired (min–max)", Quantity.COUNT, "desiredMin", Summary.ServiceFigures::desiredMin,
              "desiredMax", Summary.ServiceFigures::desiredMax),
          new Cell<>("Scale-outs", Quantity.COUNT, "scaleOutEvents", Summary.ServiceFigures::scaleOutEvents),
          new Cell<>("Scale-ins", Quantity.COUNT, "scaleInEvents", Summary.ServiceFigures::scaleInEvents),
          new Cell<>("CPU utilization (avg)", Quantity.PERCENT, "cpuUtilizationAvgPct",
              Summary.ServiceFigures::cpuUtilizationAvgPct),
          // Unserved requests of a service whose load offered none (no load model) is a dash, not a
          // 0 % that reads as a load fully served (Applicability).
          new Cell<>("Requests offered", Quantity.COUNT, "offeredRequests", Summary.ServiceFigures::offeredRequests),
          new Cell<>("Unserved requests", Quantity.FRACTION, "unservedRequestFraction",
              Summary.ServiceFigures::unservedRequestFraction, Applicability::requestsOffered),
          new Cell<>("Time below desired", Quantity.SECONDS, "secondsBelowDesired",
              Summary.ServiceFigures::secondsBelowDesired));

  private static final List<Column<Summary.JobFigures>> JOB_COLUMNS =
      List.of(
          new Cell<>("Submitted", Quantity.COUNT, "submitted", Summary.JobFigures::submitted),
          new Cell<>("Completed", Quantity.COUNT, "completed", Summary.JobFigures::completed),
          new Cell<>("Waiting at end", Quantity.COUNT, "waitingAtEnd", Summary.JobFigures::waitingAtEnd),
          new Cell<>("Wait mean", Quantity.SECONDS, "waitSecondsMean", Summary.JobFigures::waitSecondsMean,
              Applicability::waitsApply),
          new Cell<>("Wait p50", Quantity.SECONDS, "waitSecondsP50", Summary.JobFigures::waitSecondsP50,
              Applicability::waitsApply),
          new Cell<>("Wait p95", Quantity.SECONDS, "waitSecondsP95", Summary.JobFigures::waitSecondsP95,
              Applicability::waitsApply),
          new Cell<>("Wait p99", Quantity.SECONDS, "waitSecondsP99", Summary.JobFigures::waitSecondsP99,
              Applicability::waitsApply),
          new Cell<>("Turnaround mean", Quantity.SECONDS, "turnaroundSecondsMean",
              Summary.JobFigures::turnaroundSecondsMean, Applicability::turnaroundApplies),
          new Cell<>("Interrupted", Quantity.COUNT, "interrupted", Summary.JobFigures::interrupted),
          new Cell<>("Retried", Quantity.COUNT, "retried", Summary.JobFigures::retried));

  private static final List<Column<Summary.StartLatency>> START_LATENCY_COLUMNS =
      List.of(
          new Cell<>("Tasks started", Quantity.COUNT, "tasksStarted", Summary.StartLatency::tasksStarted),
          new Cell<>("Mean", Quantity.SECONDS, "meanSeconds", Summary.StartLatency::meanSeconds),
          new Cell<>("p50", Quantity.SECONDS, "p50Seconds", Summary.StartLatency::p50Seconds),
          new Cell<>("p95", Quantity.SECONDS, "p95Seconds", Summary.StartLatency::p95Seconds),
          new Cell<>("p99", Quantity.SECONDS, "p99Seconds", Summary.StartLatency::p99Seconds),
          new Cell<>("Max", Quantity.SECONDS, "maxSeconds", Summary.StartLatency::maxSeconds));

  /**
   * The summary.json path of every figure the tables show, entities as {@code *}
   * ({@code services.*.runningAvg}): what a test holds against Summary's components, so that a
   * figure added to the summary is shown or knowingly left out.
   */
  static java.util.Set<String> shownPaths() {
    java.util.Set<String> paths = new java.util.TreeSet<>();
    for (List<Figure> group : List.of(COST, CLUSTER, TASKS, SPOT)) {
      group.forEach(f -> paths.add(f.figure().path()));
    }
    paths.add("cost.byCapacityProvider.*");
    paths.add("cost.byPurchaseOption.*");
    paths.add("cost.byService.*");
    paths.add(PlacementFailureFinding.TOTAL.path());
    paths.add("placementFailures.byReason.*");
    addColumns(paths, SERVICES, SERVICE_COLUMNS);
    addColumns(paths, JOBS, JOB_COLUMNS);
    addColumns(paths, START_LATENCY, START_LATENCY_COLUMNS);
    return paths;
  }

  private static <E> void addColumns(java.util.Set<String> paths, Entities<E> table, List<Column<E>> columns) {
    for (Column<E> column : columns) {
      if (column instanceof Cell<E> cell) {
        paths.add(table.field() + ".*." + cell.field());
      } else if (column instanceof Range<E> range) {
        paths.add(table.field() + ".*." + range.lowField());
        paths.add(table.field() + ".*." + range.highField());
      }
    }
  }

  static String headline(SummaryFigures f) {
    List<Group> groups =
        List.of(
            figures(f, "Cost", COST),
            breakdown(f, "Cost by capacity provider", "byCapacityProvider", Summary.Cost::byCapacityProvider),
            breakdown(f, "Cost by purchase option", "byPurchaseOption", Summary.Cost::byPurchaseOption),
            breakdown(f, "Cost by service (idle: capacity no task reserved)", "byService", Summary.Cost::byService),
            figures(f, "Cluster", CLUSTER),
            figures(f, "Tasks", TASKS),
            placementFailures(f),
            figures(f, "Spot", SPOT));
    StringBuilder html = new StringBuilder("<table class=\"headline\">\n");
    for (Group group : groups) {
      if (group.rows().isEmpty()) {
        continue;
      }
      html.append("<tr class=\"group\"><th colspan=\"2\">")
          .append(esc(group.heading()))
          .append("</th></tr>\n");
      for (Row row : group.rows()) {
        html.append("<tr><th scope=\"row\">")
            .append(esc(row.label()))
            .append("</th><td>")
            .append(esc(row.value()))
            .append("</td></tr>\n");
      }
    }
    return html.append("</table>\n").toString();
  }

  /** One row per service; empty when the scenario has none. */
  static Optional<String> services(SummaryFigures f) {
    return perEntity(f, SERVICES, "Service", SERVICE_COLUMNS);
  }

  /** One row per job; empty when the scenario has none. */
  static Optional<String> jobs(SummaryFigures f) {
    return perEntity(f, JOBS, "Job", JOB_COLUMNS);
  }

  /** One row per capacity provider that started a task; empty when none did. */
  static Optional<String> startLatency(SummaryFigures f) {
    return perEntity(f, START_LATENCY, "Capacity provider", START_LATENCY_COLUMNS);
  }

  private static <E> Optional<String> perEntity(
      SummaryFigures f, Entities<E> table, String entityHeading, List<Column<E>> columns) {
    List<String> names = f.names(table.map());
    if (names.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder html = new StringBuilder("<table class=\"entities\">\n<tr><th scope=\"col\">");
    html.append(esc(entityHeading)).append("</th>");
    List<Optional<HumanFormat.DurationUnit>> units = new ArrayList<>();
    for (Column<E> column : columns) {
      Optional<HumanFormat.DurationUnit> unit = column.unit(f, table, names);
      units.add(unit);
      String heading = column.label() + unit.map(u -> " (" + u.symbol + ")").orElse("");
      html.append("<th scope=\"col\">").append(esc(heading)).append("</th>");
    }
    html.append("</tr>\n");
    for (String name : names) {
      html.append("<tr><th scope=\"row\">").append(esc(name)).append("</th>");
      for (int c = 0; c < columns.size(); c++) {
        String value = columns.get(c).cell(f, table, name, units.get(c)).orElse(MISSING);
        html.append("<td>").append(esc(value)).append("</td>");
      }
      html.append("</tr>\n");
    }
    return Optional.of(html.append("</table>\n").toString());
  }

  private static Group figures(SummaryFigures f, String heading, List<Figure> figures) {
    List<Row> rows = new ArrayList<>();
    for (Figure figure : figures) {
      String value = f.format(figure.quantity(), Applicability.limit(figure.figure())).orElse(HumanFormat.NOT_AVAILABLE);
      rows.add(new Row(figure.label(), value));
    }
    return new Group(heading, rows);
  }

  /**
   * Failed placement attempts: the total, then each reason that occurred, the commonest first (ties
   * in ECS's order of checks); only the total when none failed.
   */
  private static Group placementFailures(SummaryFigures f) {
    List<Row> rows = new ArrayList<>();
    f.format(Quantity.COUNT, PlacementFailureFinding.TOTAL).ifPresent(v -> rows.add(new Row("Failed attempts", v)));
    List<PlacementFailureReason> reasons = new ArrayList<>(
        List.of(PlacementFailureReason.values()));
    reasons.removeIf(r -> PlacementFailureFinding.mean(f, r) <= 0);
    reasons.sort(Comparator.comparingDouble(r -> -PlacementFailureFinding.mean(f, r)));
    for (var r : reasons) {
      f.format(Quantity.COUNT, SummaryFigure.placementFailures(r.key())).ifPresent(v -> rows.add(new Row(r.key(), v)));
    }
    return new Group("Placement failures (attempts)", rows);
  }

  /**
   * One row per entry of a cost map, the largest first (ties by name), so the table reads as a
   * ranking; "idle" is not a service and comes last in the split by service.
   */
  private static Group breakdown(SummaryFigures f, String heading, String field,
      Function<Summary.Cost, Map<String, Double>> costs) {
    List<Row> rows = new ArrayList<>();
    List<String> names = new ArrayList<>(f.names(s -> costs.apply(s.cost())));
    names.sort(Comparator.comparing((String name) -> name.equals(IDLE))
        .thenComparing(name -> -f.estimate(SummaryFigure.cost(field, costs, name)).map(Estimate::mean).orElse(0.0))
        .thenComparing(Comparator.naturalOrder()));
    for (String name : names) {
      SummaryFigure cost = Applicability.limit(SummaryFigure.cost(field, costs, name));
      rows.add(new Row(name, f.format(Quantity.USD, cost).orElse(HumanFormat.NOT_AVAILABLE)));
    }
    return new Group(heading, rows);
  }
}
