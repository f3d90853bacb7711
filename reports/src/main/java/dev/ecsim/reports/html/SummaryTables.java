package dev.ecsim.reports.html;

import static dev.ecsim.reports.html.HtmlReport.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The figure tables of the report, read from summary.json: a headline table (cost, cluster, tasks,
 * spot) and one row per service, per job and per capacity provider's start latency. Rows whose
 * field the summary lacks are left out.
 */
final class SummaryTables {
  private SummaryTables() {}

  private static final String MISSING = "–";
  /** The summary's name for EC2 capacity that no task reserved. */
  private static final String IDLE = "idle";

  private record Row(String label, String value) {}

  private record Group(String heading, List<Row> rows) {}

  /** A column of a per-entity table: its heading and how to read one entity's cell. */
  private interface Column {
    String label();

    /** The cell of entity {@code name} of the summary object {@code table}, if it has one. */
    Optional<String> cell(SummaryFigures f, String table, String name);
  }

  /** A numeric field of the summary: how to label it and how to print it. */
  private record Figure(String label, Quantity quantity, String field) implements Column {
    @Override
    public Optional<String> cell(SummaryFigures f, String table, String name) {
      return f.format(quantity, table, name, field);
    }
  }

  /**
   * Two fields read as a range, "2–9", or as one value when both print the same; spaced, "2.4 ±
   * 0.5 – 9.0 ± 1.0", when replications give half-widths. Shown only when both are present.
   */
  private record Range(String label, Quantity quantity, String lowField, String highField)
      implements Column {
    @Override
    public Optional<String> cell(SummaryFigures f, String table, String name) {
      Optional<String> low = f.format(quantity, table, name, lowField);
      Optional<String> high = f.format(quantity, table, name, highField);
      if (low.isEmpty() || high.isEmpty()) {
        return Optional.empty();
      }
      if (low.get().equals(high.get())) {
        return low;
      }
      String dash = low.get().contains("±") || high.get().contains("±") ? " – " : "–";
      return Optional.of(low.get() + dash + high.get());
    }
  }

  private static final List<Figure> COST =
      List.of(new Figure("Total cost", Quantity.USD, "totalUsd"));

  private static final List<Figure> CLUSTER =
      List.of(
          new Figure("CPU reservation (average)", Quantity.PERCENT, "cpuReservationAvgPct"),
          new Figure("Memory reservation (average)", Quantity.PERCENT, "memoryReservationAvgPct"),
          new Figure("CPU utilization (average)", Quantity.PERCENT, "cpuUtilizationAvgPct"),
          new Figure("Memory utilization (average)", Quantity.PERCENT, "memoryUtilizationAvgPct"),
          new Figure("Instances launched", Quantity.COUNT, "instancesLaunched"),
          new Figure("Instances at peak", Quantity.COUNT, "instancesPeak"),
          new Figure("Instance-hours", Quantity.DECIMAL, "instanceHours"));

  private static final List<Figure> TASKS =
      List.of(
          new Figure("Tasks launched", Quantity.COUNT, "launched"),
          new Figure("Tasks completed", Quantity.COUNT, "completed"),
          new Figure("Tasks stopped by spot interruption", Quantity.COUNT, "stoppedBySpot"),
          new Figure("Placement failures", Quantity.COUNT, "placementFailures"));

  private static final List<Figure> SPOT =
      List.of(
          new Figure("Instance interruptions", Quantity.COUNT, "instanceInterruptions"),
          new Figure("Task interruptions", Quantity.COUNT, "taskInterruptions"));

  private static final List<Column> SERVICE_COLUMNS =
      List.of(
          new Figure("Running tasks (avg)", Quantity.DECIMAL, "runningAvg"),
          new Range("Desired (min–max)", Quantity.COUNT, "desiredMin", "desiredMax"),
          new Figure("Scale-outs", Quantity.COUNT, "scaleOutEvents"),
          new Figure("Scale-ins", Quantity.COUNT, "scaleInEvents"),
          new Figure("CPU utilization (avg)", Quantity.PERCENT, "cpuUtilizationAvgPct"),
          new Figure("Unserved requests", Quantity.FRACTION, "unservedRequestFraction"),
          new Figure("Time below desired", Quantity.SECONDS, "secondsBelowDesired"));

  private static final List<Column> JOB_COLUMNS =
      List.of(
          new Figure("Submitted", Quantity.COUNT, "submitted"),
          new Figure("Completed", Quantity.COUNT, "completed"),
          new Figure("Waiting at end", Quantity.COUNT, "waitingAtEnd"),
          new Figure("Wait mean", Quantity.SECONDS, "waitSecondsMean"),
          new Figure("Wait p50", Quantity.SECONDS, "waitSecondsP50"),
          new Figure("Wait p95", Quantity.SECONDS, "waitSecondsP95"),
          new Figure("Wait p99", Quantity.SECONDS, "waitSecondsP99"),
          new Figure("Turnaround mean", Quantity.SECONDS, "turnaroundSecondsMean"),
          new Figure("Interrupted", Quantity.COUNT, "interrupted"),
          new Figure("Retried", Quantity.COUNT, "retried"));

  private static final List<Column> START_LATENCY_COLUMNS =
      List.of(
          new Figure("Tasks started", Quantity.COUNT, "tasksStarted"),
          new Figure("Mean", Quantity.SECONDS, "meanSeconds"),
          new Figure("p50", Quantity.SECONDS, "p50Seconds"),
          new Figure("p95", Quantity.SECONDS, "p95Seconds"),
          new Figure("p99", Quantity.SECONDS, "p99Seconds"),
          new Figure("Max", Quantity.SECONDS, "maxSeconds"));

  static String headline(SummaryFigures f) {
    List<Group> groups =
        List.of(
            figures(f, "Cost", "cost", COST),
            breakdown(f, "Cost by capacity provider", "byCapacityProvider"),
            breakdown(f, "Cost by purchase option", "byPurchaseOption"),
            breakdown(f, "Cost by service (idle: capacity no task reserved)", "byService"),
            figures(f, "Cluster", "cluster", CLUSTER),
            figures(f, "Tasks", "tasks", TASKS),
            figures(f, "Spot", "spot", SPOT));
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
    return perEntity(f, "services", "Service", SERVICE_COLUMNS);
  }

  /** One row per job; empty when the scenario has none. */
  static Optional<String> jobs(SummaryFigures f) {
    return perEntity(f, "jobs", "Job", JOB_COLUMNS);
  }

  /** One row per capacity provider that started a task; empty when none did. */
  static Optional<String> startLatency(SummaryFigures f) {
    return perEntity(f, "startLatency", "Capacity provider", START_LATENCY_COLUMNS);
  }

  private static Optional<String> perEntity(
      SummaryFigures f, String field, String entityHeading, List<Column> columns) {
    List<String> names = f.names(field);
    if (names.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder html = new StringBuilder("<table class=\"entities\">\n<tr><th scope=\"col\">");
    html.append(esc(entityHeading)).append("</th>");
    for (Column column : columns) {
      html.append("<th scope=\"col\">").append(esc(column.label())).append("</th>");
    }
    html.append("</tr>\n");
    for (String name : names) {
      html.append("<tr><th scope=\"row\">").append(esc(name)).append("</th>");
      for (Column column : columns) {
        String value = column.cell(f, field, name).orElse(MISSING);
        html.append("<td>").append(esc(value)).append("</td>");
      }
      html.append("</tr>\n");
    }
    return Optional.of(html.append("</table>\n").toString());
  }

  private static Group figures(
      SummaryFigures f, String heading, String object, List<Figure> figures) {
    List<Row> rows = new ArrayList<>();
    for (Figure figure : figures) {
      f.format(figure.quantity(), object, figure.field())
          .ifPresent(v -> rows.add(new Row(figure.label(), v)));
    }
    return new Group(heading, rows);
  }

  /**
   * One row per entry of a cost map, the largest first (ties by name), so the table reads as a
   * ranking; "idle" is not a service and comes last in the split by service.
   */
  private static Group breakdown(SummaryFigures f, String heading, String field) {
    List<Row> rows = new ArrayList<>();
    List<String> names = new ArrayList<>(f.names("cost", field));
    names.sort(Comparator.comparing((String name) -> name.equals(IDLE))
        .thenComparing(name -> -f.number("cost", field, name).orElse(0.0))
        .thenComparing(Comparator.naturalOrder()));
    for (String name : names) {
      f.format(Quantity.USD, "cost", field, name).ifPresent(v -> rows.add(new Row(name, v)));
    }
    return new Group(heading, rows);
  }
}
