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
 * one column per scenario; a scenario without the figure has an empty cell.
 */
public final class ComparisonCsvWriter {
  private ComparisonCsvWriter() {}

  public static final String FIGURE_COLUMN = "figure";

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
        List<String> record = new ArrayList<>();
        record.add(row.figure());
        for (OptionalDouble v : row.values()) {
          record.add(v.isPresent() ? CsvNumbers.decimal(v.getAsDouble()) : "");
        }
        csv.printRecord(record);
      }
    }
  }
}
