package dev.ecsim.reports.csv;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventSink;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code events.csv}: the run's service-event log, in the order the simulation produced it; a run
 * streams it through {@link #open} as the events happen. {@code timestamp} is {@code timeSeconds} as a
 * UTC ISO-8601 instant counted from the scenario's startTime.
 */
public final class EventsCsvWriter {
  private EventsCsvWriter() {}

  public static final List<String> HEADER = List.of("timeSeconds", "timestamp", "type", "source", "message");

  public static void write(List<EventRecord> events, Instant start, Path file) throws IOException {
    try (Writer out = CsvFiles.utf8Writer(file)) {
      write(events, start, out);
    }
  }

  public static void write(List<EventRecord> events, Instant start, Appendable out) throws IOException {
    CsvTimestamps timestamps = new CsvTimestamps(start);
    try (CSVPrinter csv = CsvFiles.printer(out, HEADER.toArray(String[]::new))) {
      for (EventRecord e : events) {
        print(csv, timestamps, e);
      }
    }
  }

  private static void print(CSVPrinter csv, CsvTimestamps timestamps, EventRecord e) throws IOException {
    csv.printRecord(CsvNumbers.seconds(e.timeMillis()), timestamps.format(e.timeMillis()), e.type().name(),
        e.source(), e.message());
  }

  /**
   * A sink that writes each event as a row of {@code file} (created with its header now) and
   * closes the file when the run finishes. A failed write surfaces as an {@code
   * UncheckedIOException} from the run.
   */
  public static Sink open(Path file, Instant start) throws IOException {
    return new Sink(CsvFiles.printer(CsvFiles.utf8Writer(file), HEADER.toArray(String[]::new)),
        new CsvTimestamps(start));
  }

  /** Rows written as events come; {@link #close} (or the run's finish) flushes and closes the file. */
  public static final class Sink extends CsvRowSink<EventRecord> implements EventSink {
    private Sink(CSVPrinter csv, CsvTimestamps timestamps) {
      super(csv, (printer, e) -> print(printer, timestamps, e));
    }
  }
}
