package dev.ecsim.reports.csv;

import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.summary.SummaryFigure;
import dev.ecsim.metrics.Estimate;
import dev.ecsim.reports.sweep.Sweep;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code sweep.csv}: one row per grid point, the parameter values first (headed by their paths),
 * then each headline figure (headed by its summary.json path) followed by its 95 % half-width
 * ({@code FIGURE.ci95}, empty with one replication). Services and jobs are those of any point, in
 * the order first seen; a point without one has empty cells.
 */
public final class SweepCsvWriter {
  private SweepCsvWriter() {}

  public static final String HALF_WIDTH_SUFFIX = ".ci95";

  public static void write(Sweep sweep, Path file) throws IOException {
    try (Writer out = CsvFiles.utf8Writer(file)) {
      write(sweep, out);
    }
  }

  public static void write(Sweep sweep, Appendable out) throws IOException {
    List<SummaryFigure> figures = figures(sweep);
    List<String> header = new ArrayList<>();
    sweep.parameters().forEach(p -> header.add(p.path()));
    for (SummaryFigure f : figures) {
      header.add(f.path());
      header.add(f.path() + HALF_WIDTH_SUFFIX);
    }
    try (CSVPrinter csv = CsvFiles.printer(out, header.toArray(String[]::new))) {
      for (Sweep.Point point : sweep.points()) {
        List<String> record = new ArrayList<>();
        for (int p = 0; p < sweep.parameters().size(); p++) {
          record.add(sweep.value(point, p));
        }
        for (SummaryFigure f : figures) {
          Optional<Estimate> estimate = point.summaries().estimateWhereDefined(f.read());
          record.add(estimate.map(e -> CsvNumbers.decimal(e.mean())).orElse(""));
          record.add(estimate.flatMap(e -> e.halfWidth().isPresent()
              ? Optional.of(CsvNumbers.decimal(e.halfWidth().getAsDouble())) : Optional.empty()).orElse(""));
        }
        csv.printRecord(record);
      }
    }
  }

  /** The figures of the table: services and jobs of any point, in the order first seen. */
  static List<SummaryFigure> figures(Sweep sweep) {
    Set<String> services = new LinkedHashSet<>();
    Set<String> jobs = new LinkedHashSet<>();
    for (Sweep.Point point : sweep.points()) {
      services.addAll(point.summaries().keys(Summary::services));
      jobs.addAll(point.summaries().keys(Summary::jobs));
    }
    List<SummaryFigure> figures = new ArrayList<>(List.of(
        SummaryFigure.of("cost.totalUsd", s -> s.cost().totalUsd()),
        SummaryFigure.cluster("cpuReservationAvgPct", Summary.Cluster::cpuReservationAvgPct)));
    for (String s : services) {
      figures.add(SummaryFigure.service(s, "runningAvg", Summary.ServiceFigures::runningAvg));
      figures.add(SummaryFigure.service(s, "cpuUtilizationAvgPct", Summary.ServiceFigures::cpuUtilizationAvgPct));
      figures.add(SummaryFigure.serviceRequests(s, "unservedRequestFraction",
          Summary.ServiceFigures::unservedRequestFraction));
      figures.add(SummaryFigure.service(s, "secondsBelowDesired", Summary.ServiceFigures::secondsBelowDesired));
    }
    for (String j : jobs) {
      figures.add(SummaryFigure.jobWait(j, "waitSecondsMean", Summary.JobFigures::waitSecondsMean));
      figures.add(SummaryFigure.jobWait(j, "waitSecondsP95", Summary.JobFigures::waitSecondsP95));
    }
    return figures;
  }
}
