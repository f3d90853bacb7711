package dev.ecsim.reports.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes each record a run hands over as one CSV row, as it comes, and closes the file when the run
 * finishes: what tasks.csv and events.csv share. A failed write surfaces as an {@link
 * UncheckedIOException} from the run, which is how a sink may fail inside the simulation loop.
 */
class CsvRowSink<T> implements Closeable {
  /** Prints one record as one row. */
  interface RowPrinter<T> {
    void print(CSVPrinter csv, T row) throws IOException;
  }

  private final CSVPrinter csv;
  private final RowPrinter<T> printer;
  private boolean closed;

  CsvRowSink(CSVPrinter csv, RowPrinter<T> printer) {
    this.csv = csv;
    this.printer = printer;
  }

  public void accept(T row) {
    try {
      printer.print(csv, row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The run is over: flush and close the file. */
  public void finish() {
    try {
      close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      csv.close(true);
    }
  }
}
