package dev.ecsim.reports.compare;

import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.Replicated;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The figures of several scenarios side by side, one column per scenario and one row per figure, as
 * {@code ecsim compare} prints them and writes them to compare.csv and compare.html. Built from
 * the summaries alone, by pure functions: the same summaries always give the same table.
 *
 * <p>A column may stand for several replications (seeds seed .. seed+N-1): its figures are then
 * the means, with the Student-t 95 % half-widths beside them ({@link dev.ecsim.metrics.Estimate}), the
 * statistics {@code ecsim run --replications} reports.
 *
 * <p>Rows whose figure is keyed by a name (capacity providers, purchase options, services, jobs)
 * list the union of the names over all columns, in the order they first appear; a column without
 * that name has no value there (an empty cell), which is not the same as zero. A service or job
 * is <em>shared</em> when every column has it; the SLO verdicts look at shared ones only.
 */
public record Comparison(List<String> columns, List<Row> rows, int replications) {

  /** What a row's figures measure; the text table picks its format from it. */
  public enum Unit { USD, PERCENT, COUNT, HOURS, SECONDS }

  /**
   * A column's figure: the mean over the replications and, with more than one, the half-width of
   * its 95 % confidence interval.
   */
  public record Estimate(double mean, OptionalDouble halfWidth) {

    /**
     * Whether the two 95 % intervals overlap, touching included: |a - b| <= ha + hb. Without
     * half-widths only equal means overlap.
     */
    public boolean overlaps(Estimate other) {
      return Math.abs(mean - other.mean) <= halfWidth.orElse(0) + other.halfWidth.orElse(0);
    }
  }

  /**
   * One figure across the columns.
   *
   * @param figure the figure's path in summary.json ({@code cost.byCapacityProvider.FARGATE});
   *     derived figures: {@code jobs.*.waitSecondsMean}, the mean over every job's tasks; {@code
   *     max(services.*.unservedRequestPct)}, {@code max(services.*.secondsBelowDesired)} and
   *     {@code max(jobs.*.waitSecondsP95)}, the highest among the shared services or jobs
   * @param subject what the row is about: the run, a service, a job or a capacity provider; the
   *     verdicts find the services and jobs from it, never from {@code figure}
   * @param group the heading the row sits under in the text table, or empty
   * @param label the row's name under its heading
   * @param values one per column, empty where that scenario has no such figure
   * @param halfWidths one per column: the 95 % half-width of the value, empty with one
   *     replication or where the value is empty
   * @param runValues one per column: the figure of each replication in seed order (NaN where a
   *     run lacks it), for the paired comparison of two columns; empty arrays when not known
   */
  public record Row(String figure, RowSubject subject, String group, String label, Unit unit,
      List<OptionalDouble> values, List<OptionalDouble> halfWidths, List<double[]> runValues) {
    public Row {
      Objects.requireNonNull(subject, figure);
      values = List.copyOf(values);
      halfWidths = List.copyOf(halfWidths);
      runValues = runValues.stream().map(double[]::clone).toList();
      if (values.size() != halfWidths.size() || values.size() != runValues.size()) {
        throw new IllegalArgumentException(figure + ": " + values.size() + " values but " + halfWidths.size()
            + " half-widths and " + runValues.size() + " columns of run values");
      }
    }

    /** A row of means and half-widths without the runs behind them. */
    public Row(String figure, RowSubject subject, String group, String label, Unit unit, List<OptionalDouble> values,
        List<OptionalDouble> halfWidths) {
      this(figure, subject, group, label, unit, values, halfWidths, Collections.nCopies(values.size(), new double[0]));
    }

    /** A row of single runs: no half-widths. */
    public Row(String figure, RowSubject subject, String group, String label, Unit unit, List<OptionalDouble> values) {
      this(figure, subject, group, label, unit, values, Collections.nCopies(values.size(), OptionalDouble.empty()));
    }

    /** The figure of column {@code column}, if it has one. */
    public Optional<Estimate> estimate(int column) {
      OptionalDouble v = values.get(column);
      return v.isPresent() ? Optional.of(new Estimate(v.getAsDouble(), halfWidths.get(column))) : Optional.empty();
    }
  }

  /**
   * Who wins on some figures ({@link Ranking}).
   *
   * @param basis the rows ranked on, in order: a later row breaks ties of the earlier ones
   * @param winners the indexes of the winning column(s); several when they tie on every row
   * @param notDistinguishable the other columns that, on the first row where their means differ
   *     from the winner's, these replications cannot tell from the winner at 95 % ({@link
   *     Ranking}): they may be as good
   */
  public record Verdict(List<Row> basis, List<Integer> winners, List<Integer> notDistinguishable) {
    public Verdict {
      basis = List.copyOf(basis);
      winners = List.copyOf(winners);
      notDistinguishable = List.copyOf(notDistinguishable);
    }

    /** The (first) winner's figure on the first basis row. */
    public double value() {
      return basis.get(0).values().get(winners.get(0)).getAsDouble();
    }
  }

  public static final String TOTAL_COST = "cost.totalUsd";
  public static final String ALL_JOBS_WAIT_MEAN = "jobs.*.waitSecondsMean";
  public static final String WORST_UNSERVED = "max(services.*.unservedRequestPct)";
  public static final String WORST_BELOW_DESIRED = "max(services.*.secondsBelowDesired)";
  public static final String WORST_JOB_WAIT_P95 = "max(jobs.*.waitSecondsP95)";

  public Comparison {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be at least 1, was " + replications);
    }
  }

  /** A table of single runs. */
  public Comparison(List<String> columns, List<Row> rows) {
    this(columns, rows, 1);
  }

  /**
   * The table for one run per column.
   *
   * @param columns the column headings, one per summary, in the same order (usually the scenario
   *     names)
   */
  public static Comparison of(List<String> columns, List<Summary> summaries) {
    return replicated(columns, summaries.stream().map(List::of).toList());
  }

  /**
   * The table for several replications per column: every column's figures are the means over its
   * runs, with 95 % half-widths when it has more than one.
   *
   * @param runs per column, the summaries of its replications; every column has the same number
   */
  public static Comparison replicated(List<String> columns, List<List<Summary>> runs) {
    if (columns.size() != runs.size()) {
      throw new IllegalArgumentException(columns.size() + " column names for " + runs.size() + " summaries");
    }
    int replications = runs.isEmpty() ? 1 : runs.get(0).size();
    if (runs.stream().anyMatch(r -> r.size() != replications)) {
      throw new IllegalArgumentException("every column needs the same number of replications: "
          + runs.stream().map(List::size).toList());
    }
    return new Comparison(columns, ComparisonRows.rows(runs.stream().map(Replicated::of).toList()), replications);
  }

  public Optional<Row> row(String figure) {
    return rows.stream().filter(r -> r.figure().equals(figure)).findFirst();
  }

  /** The headings of the given columns, in the given order. */
  public List<String> names(List<Integer> indexes) {
    return indexes.stream().map(columns::get).toList();
  }

  /** The scenario(s) with the lowest total cost (mean total cost with replications). */
  public Optional<Verdict> cheapest() {
    return row(TOTAL_COST).flatMap(r -> Ranking.lowest(List.of(r), columns.size()));
  }

  /**
   * The scenario(s) whose shared services kept their service level best: the lowest fraction of
   * requests unserved, ties broken by the least time below the desired count. With one shared
   * service its own figures, with several the highest of each over them (the worst service
   * counts). Empty when no service is in every scenario.
   */
  public Optional<Verdict> bestServiceSlo() {
    List<String> shared = sharedServices();
    if (shared.isEmpty()) {
      return Optional.empty();
    }
    List<String> figures = shared.size() == 1
        ? List.of(ComparisonRows.service(shared.get(0), ComparisonRows.UNSERVED_PCT),
            ComparisonRows.service(shared.get(0), ComparisonRows.BELOW_DESIRED))
        : List.of(WORST_UNSERVED, WORST_BELOW_DESIRED);
    return basis(figures).flatMap(b -> Ranking.lowest(b, columns.size()));
  }

  /**
   * The scenario(s) whose shared jobs waited least for the slowest 5 % of their tasks: the lowest
   * p95 wait, the highest over the shared jobs when there are several. Empty when no job is in
   * every scenario.
   */
  public Optional<Verdict> bestJobSlo() {
    List<String> shared = sharedJobs();
    if (shared.isEmpty()) {
      return Optional.empty();
    }
    String figure = shared.size() == 1 ? ComparisonRows.job(shared.get(0), ComparisonRows.WAIT_P95)
        : WORST_JOB_WAIT_P95;
    return basis(List.of(figure)).flatMap(b -> Ranking.lowest(b, columns.size()));
  }

  /** Services every column has, in row order. */
  public List<String> sharedServices() {
    return shared(r -> r.subject() instanceof RowSubject.Service s
        && r.figure().equals(ComparisonRows.service(s.name(), ComparisonRows.RUNNING_AVG)) ? s.name() : null);
  }

  /** Jobs every column has, in row order. */
  public List<String> sharedJobs() {
    return shared(r -> r.subject() instanceof RowSubject.Job j
        && r.figure().equals(ComparisonRows.job(j.name(), ComparisonRows.WAIT_P95)) ? j.name() : null);
  }

  /** Whether any column has a service (any service row at all). */
  public boolean hasServices() {
    return rows.stream().anyMatch(r -> r.subject() instanceof RowSubject.Service);
  }

  /** Whether any column has a job. */
  public boolean hasJobs() {
    return rows.stream().anyMatch(r -> r.subject() instanceof RowSubject.Job);
  }

  /**
   * The names {@code name} gives the rows that stand for their service or job being there (its
   * running count, its p95 wait: the figure every service has, the wait every job that submitted
   * a task has) when every column has a value in that row, in row order.
   */
  private List<String> shared(Function<Row, String> name) {
    List<String> names = new ArrayList<>();
    for (Row r : rows) {
      String n = name.apply(r);
      if (n != null && r.values().stream().allMatch(OptionalDouble::isPresent)) {
        names.add(n);
      }
    }
    return names;
  }

  private Optional<List<Row>> basis(List<String> figures) {
    List<Row> basis = new ArrayList<>();
    for (String f : figures) {
      Optional<Row> r = row(f);
      if (r.isEmpty()) {
        return Optional.empty();
      }
      basis.add(r.get());
    }
    return Optional.of(basis);
  }
}
