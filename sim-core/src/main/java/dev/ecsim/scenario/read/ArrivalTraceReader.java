package dev.ecsim.scenario.read;

import dev.ecsim.scenario.ArrivalSpec.TraceArrival;
import dev.ecsim.scenario.yaml.CsvTrace;
import dev.ecsim.scenario.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a job's arrivals trace: a CSV file ({@link CsvTrace}) with a {@code time} column and, if
 * the file has them, {@code duration} (how long the task runs once RUNNING) and {@code
 * taskDefinition} (the family it runs) columns; one task a row, rows in time order (equal times
 * submit several tasks at once, as several RunTask calls in the same second would).
 */
final class ArrivalTraceReader {
  static final List<String> COLUMNS = List.of("time");
  static final List<String> OPTIONAL_COLUMNS = List.of("duration", "taskDefinition");

  private ArrivalTraceReader() {}

  /** The arrivals of {@code file} (relative to the scenario's directory), or empty after reporting why not. */
  static Optional<List<TraceArrival>> read(Node fileNode, String file) {
    CsvTrace trace = new CsvTrace(fileNode, file, "arrivals trace", COLUMNS, OPTIONAL_COLUMNS);
    Optional<List<CsvTrace.Row>> rows = trace.rows();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<TraceArrival> arrivals = new ArrayList<>();
    for (CsvTrace.Row r : rows.get()) {
      if (!trace.complete(r)) {
        continue;
      }
      Optional<Long> at = trace.time(r.line(), r.get("time"), "90s, 2h");
      OptionalLong duration = OptionalLong.empty();
      Optional<String> text = r.optional("duration");
      if (text.isPresent()) {
        Optional<Long> millis = trace.time(r.line(), text.get(), "30m, 2h");
        if (millis.isEmpty()) {
          continue;
        }
        if (millis.get() <= 0) {
          trace.error(r.line(), "duration '" + text.get() + "' must be above zero");
          continue;
        }
        duration = OptionalLong.of(millis.get());
      }
      if (at.isEmpty()) {
        continue;
      }
      if (!arrivals.isEmpty() && at.get() < arrivals.get(arrivals.size() - 1).atMillis()) {
        trace.error(r.line(), "time '" + r.get("time") + "' is before the row above it; list arrivals in time order");
        continue;
      }
      arrivals.add(new TraceArrival(at.get(), duration, r.optional("taskDefinition").map(String::trim)));
    }
    boolean clean = trace.finish();
    if (clean && arrivals.isEmpty()) {
      trace.fileError("an arrivals trace needs at least one row after its header");
      return Optional.empty();
    }
    return clean ? Optional.of(List.copyOf(arrivals)) : Optional.empty();
  }
}
