package dev.ecsim.reports.csv;

import dev.ecsim.metrics.TimeSeries;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code timeseries.csv}: one row per metrics period, {@code timeSeconds}, the same time as a UTC
 * ISO-8601 {@code timestamp} counted from the scenario's startTime, then every series column in order.
 */
public final class TimeSeriesCsvWriter {
  private TimeSeriesCsvWriter() {}

  public static final String TIME_COLUMN = "timeSeconds";
  public static final String TIMESTAMP_COLUMN = "timestamp";

  public static void write(TimeSeries series, Instant start, Path file) throws IOException {
    try (Writer out = CsvFiles.utf8Writer(file)) {
      write(series, start, out);
    }
  }

  public static void write(TimeSeries series, Instant start, Appendable out) throws IOException {
    CsvTimestamps timestamps = new CsvTimestamps(start);
    List<String> header = new ArrayList<>();
    header.add(TIME_COLUMN);
    header.add(TIMESTAMP_COLUMN);
    header.addAll(series.columns());
    int columns = series.columns().size();
    try (CSVPrinter csv = CsvFiles.printer(out, header.toArray(String[]::new))) {
      for (int row = 0; row < series.rows(); row++) {
        csv.print(CsvNumbers.seconds(series.timeMillis(row)));
        csv.print(timestamps.format(series.timeMillis(row)));
        for (int c = 0; c < columns; c++) {
          csv.print(CsvNumbers.decimal(series.value(row, c)));
        }
        csv.println();
      }
    }
  }
}
