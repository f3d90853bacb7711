package dev.ecsim.reports.csv;

import dev.ecsim.reports.compare.Comparison;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code compare.csv}: the comparison table, one row per figure (named by its summary.json path),
 * one column per scenario; a scenario without the figure has an empty cell. With replications the
 * figures are means, and each figure's row is followed by a {@code FIGURE.ci95} row with the
 * Student-t 95 % half-widths (as sweep.csv names them); with one replication there are no such
 * rows, so the file reads exactly as before replications existed.
 */
public final class ComparisonCsvWriter {
  private ComparisonCsvWriter() {}

  public static final String FIGURE_COLUMN = "figure";
  public static final String HALF_WIDTH_SUFFIX = SweepCsvWriter.HALF_WIDTH_SUFFIX;

  public static void write(Comparison comparison, Path file) throws IOException {
    try (Writer out = CsvFiles.utf8Writer(file)) {
      write(comparison, out);
    }
  }

  public static void write(Comparison comparison, Appendable out) throws IOException {
    List<String> header = new ArrayList<>();
    header.add(FIGURE_COLUMN);
    header.addAll(comparison.columns());
    try (CSVPrinter csv = CsvFiles.printer(out, header.toArray(String[]::new))) {
      for (Comparison.Row row : comparison.rows()) {
        csv.printRecord(record(row.figure(), row.values()));
        if (comparison.replications() > 1) {
          csv.printRecord(record(row.figure() + HALF_WIDTH_SUFFIX, row.halfWidths()));
        }
      }
    }
  }

  private static List<String> record(String figure, List<OptionalDouble> values) {
    List<String> record = new ArrayList<>();
    record.add(figure);
    for (OptionalDouble v : values) {
      record.add(v.isPresent() ? CsvNumbers.decimal(v.getAsDouble()) : "");
    }
    return record;
  }
}
