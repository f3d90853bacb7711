package dev.ecsim.reports.csv;

import dev.ecsim.metrics.TimeSeries;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code timeseries.csv}: one row per metrics period, {@code timeSeconds} then every series column
 * in order.
 */
public final class TimeSeriesCsvWriter {
  private TimeSeriesCsvWriter() {}

  public static final String TIME_COLUMN = "timeSeconds";

  public static void write(TimeSeries series, Path file) throws IOException {
    try (Writer out = CsvFiles.utf8Writer(file)) {
      write(series, out);
    }
  }

  public static void write(TimeSeries series, Appendable out) throws IOException {
    List<String> header = new ArrayList<>();
    header.add(TIME_COLUMN);
    header.addAll(series.columns());
    int columns = series.columns().size();
    try (CSVPrinter csv = CsvFiles.printer(out, header.toArray(String[]::new))) {
      for (int row = 0; row < series.rows(); row++) {
        csv.print(CsvNumbers.seconds(series.timeMillis(row)));
        for (int c = 0; c < columns; c++) {
          csv.print(CsvNumbers.decimal(series.value(row, c)));
        }
        csv.println();
      }
    }
  }
}
