package dev.ecsim.scenario.read;

import dev.ecsim.scenario.InterruptionSpec.Event;
import dev.ecsim.scenario.InterruptionSpec;
import dev.ecsim.scenario.yaml.CsvTrace;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.NumericField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a spot interruption trace: a CSV file ({@link CsvTrace}) with a header {@code time,count}
 * and one event a line; time is a duration from the start ({@code 90s}, {@code 2h}) or a number of
 * seconds, count how many instances (EC2) or tasks (Fargate Spot) are interrupted then, 1 to
 * {@link #MAX_COUNT}. Times strictly increase.
 */
final class InterruptionTraceReader {
  static final List<String> COLUMNS = List.of("time", "count");
  static final int MAX_COUNT = 10_000;
  private static final Pattern WHOLE = Pattern.compile("[0-9]+");

  private InterruptionTraceReader() {}

  /** The events of {@code file} (relative to the scenario's directory), or empty after reporting why not. */
  static Optional<List<Event>> read(Node fileNode, String file) {
    CsvTrace trace = new CsvTrace(fileNode, file, "interruption trace", COLUMNS);
    Optional<List<CsvTrace.Row>> rows = trace.rows();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<Event> events = new ArrayList<>();
    String previousTime = "";
    for (CsvTrace.Row r : rows.get()) {
      if (!trace.complete(r)) {
        continue;
      }
      Optional<Long> at = trace.time(r.line(), r.get("time"), "90s, 2h");
      Optional<Integer> count = count(trace, r.line(), r.get("count"));
      if (at.isEmpty() || count.isEmpty()) {
        continue;
      }
      if (!events.isEmpty() && at.get() <= events.get(events.size() - 1).atMillis()) {
        trace.error(r.line(), "time '" + r.get("time") + "' is not after the time before it ('" + previousTime
            + "'); list times in increasing order, one line per time with its count");
        continue;
      }
      events.add(new Event(at.get(), count.get()));
      previousTime = r.get("time");
    }
    boolean clean = trace.finish();
    if (clean && events.isEmpty()) {
      trace.fileError("an interruption trace needs at least one line after its header");
      return Optional.empty();
    }
    return clean ? Optional.of(List.copyOf(events)) : Optional.empty();
  }

  private static Optional<Integer> count(CsvTrace trace, int line, String value) {
    if (!WHOLE.matcher(value).matches() || value.length() > 9
        || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_COUNT) {
      trace.error(line, "count '" + value + "' is not a whole number from 1 to "
          + NumericField.show(MAX_COUNT));
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(value));
  }
}
