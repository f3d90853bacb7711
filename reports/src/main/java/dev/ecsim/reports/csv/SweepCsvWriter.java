package dev.ecsim.reports.csv;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsim.reports.sweep.Sweep;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
  private static final List<String> SERVICE_FIGURES =
      List.of("runningAvg", "cpuUtilizationAvgPct", "unservedRequestFraction", "secondsBelowDesired");
  private static final List<String> JOB_FIGURES = List.of("waitSecondsMean", "waitSecondsP95");

  public static void write(Sweep sweep, Path file) throws IOException {
    try (Writer out = CsvFiles.utf8Writer(file)) {
      write(sweep, out);
    }
  }

  public static void write(Sweep sweep, Appendable out) throws IOException {
    List<String> figures = figures(sweep);
    List<String> header = new ArrayList<>();
    sweep.parameters().forEach(p -> header.add(p.path()));
    for (String f : figures) {
      header.add(f);
      header.add(f + HALF_WIDTH_SUFFIX);
    }
    try (CSVPrinter csv = CsvFiles.printer(out, header.toArray(String[]::new))) {
      for (Sweep.Point point : sweep.points()) {
        List<String> record = new ArrayList<>();
        for (int p = 0; p < sweep.parameters().size(); p++) {
          record.add(sweep.value(point, p));
        }
        JsonNode half = point.summary().path("ci95HalfWidth");
        for (String f : figures) {
          record.add(cell(point.summary().at(pointer(f))));
          record.add(cell(half.at(pointer(f))));
        }
        csv.printRecord(record);
      }
    }
  }

  /** The figure paths of the table, dotted as in summary.json. */
  static List<String> figures(Sweep sweep) {
    Set<String> services = new LinkedHashSet<>();
    Set<String> jobs = new LinkedHashSet<>();
    for (Sweep.Point point : sweep.points()) {
      point.summary().path("services").fieldNames().forEachRemaining(services::add);
      point.summary().path("jobs").fieldNames().forEachRemaining(jobs::add);
    }
    List<String> figures = new ArrayList<>(List.of("cost.totalUsd", "cluster.cpuReservationAvgPct"));
    services.forEach(s -> SERVICE_FIGURES.forEach(f -> figures.add("services." + s + "." + f)));
    jobs.forEach(j -> JOB_FIGURES.forEach(f -> figures.add("jobs." + j + "." + f)));
    return figures;
  }

  /** A JSON pointer for a dotted figure path; names keep any dots after the second segment's owner. */
  private static String pointer(String figure) {
    int first = figure.indexOf('.');
    String top = figure.substring(0, first);
    String rest = figure.substring(first + 1);
    if (top.equals("services") || top.equals("jobs")) {
      int last = rest.lastIndexOf('.');
      return "/" + top + "/" + escape(rest.substring(0, last)) + "/" + rest.substring(last + 1);
    }
    return "/" + top + "/" + rest;
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String cell(JsonNode v) {
    return v.isNumber() ? CsvNumbers.decimal(v.asDouble()) : "";
  }
}
