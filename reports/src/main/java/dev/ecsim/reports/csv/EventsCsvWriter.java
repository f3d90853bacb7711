package dev.ecsim.reports.csv;

import dev.ecsim.metrics.EventRecord;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** {@code events.csv}: the run's service-event log, in the order the simulation produced it. */
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
        csv.printRecord(CsvNumbers.seconds(e.timeMillis()), e.type(), e.source(), e.message());
      }
    }
  }
}
