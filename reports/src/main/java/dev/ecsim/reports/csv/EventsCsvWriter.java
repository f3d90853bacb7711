package dev.ecsim.reports.csv;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventSink;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code events.csv}: the run's service-event log, in the order the simulation produced it; a run
 * streams it through {@link #open} as the events happen.
 */
public final class EventsCsvWriter {
  private EventsCsvWriter() {}

  public static final List<String> HEADER = List.of("timeSeconds", "type", "source", "message");

  public static void write(List<EventRecord> events, Path file) throws IOException {
    try (Writer out = CsvFiles.utf8Writer(file)) {
      write(events, out);
    }
  }

  public static void write(List<EventRecord> events, Appendable out) throws IOException {
    try (CSVPrinter csv = CsvFiles.printer(out, HEADER.toArray(String[]::new))) {
      for (EventRecord e : events) {
        print(csv, e);
      }
    }
  }

  private static void print(CSVPrinter csv, EventRecord e) throws IOException {
    csv.printRecord(CsvNumbers.seconds(e.timeMillis()), e.type().name(), e.source(), e.message());
  }

  /**
   * A sink that writes each event as a row of {@code file} (created with its header now) and
   * closes the file when the run finishes. A failed write surfaces as an {@code
   * UncheckedIOException} from the run.
   */
  public static Sink open(Path file) throws IOException {
    return new Sink(CsvFiles.printer(CsvFiles.utf8Writer(file), HEADER.toArray(String[]::new)));
  }

  /** Rows written as events come; {@link #close} (or the run's finish) flushes and closes the file. */
  public static final class Sink extends CsvRowSink<EventRecord> implements EventSink {
    private Sink(CSVPrinter csv) {
      super(csv, EventsCsvWriter::print);
    }
  }
}
