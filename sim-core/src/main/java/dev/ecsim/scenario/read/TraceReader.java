package dev.ecsim.scenario.read;

import dev.ecsim.scenario.yaml.CsvTrace;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.Quantities;
import dev.ecsim.workload.LoadProfile.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a load trace: a CSV file ({@link CsvTrace}) with a header {@code time,rate} and one point a
 * line; time is a duration from the start ({@code 90s}, {@code 2h}) or a number of seconds, rate a
 * number of requests per second (or a rate with its unit, {@code 38.4/h}). The first point is at
 * time 0 and times strictly increase.
 */
final class TraceReader {
  static final List<String> COLUMNS = List.of("time", "rate");
  private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

  private TraceReader() {}

  /** The points of {@code file} (relative to the scenario's directory), or empty after reporting why not. */
  static Optional<List<Point>> read(Node fileNode, String file) {
    CsvTrace trace = new CsvTrace(fileNode, file, "trace file", COLUMNS);
    Optional<List<CsvTrace.Row>> rows = trace.rows();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<Point> points = new ArrayList<>();
    String previousTime = "";
    for (CsvTrace.Row r : rows.get()) {
      if (!trace.complete(r)) {
        continue;
      }
      Optional<Long> at = trace.time(r.line(), r.get("time"), "90s, 2h");
      Optional<Double> rate = rate(trace, r.line(), r.get("rate"));
      if (at.isEmpty() || rate.isEmpty()) {
        continue;
      }
      if (points.isEmpty() && at.get() != 0) {
        trace.error(r.line(), "the first point must be at time 0, found '" + r.get("time") + "'");
      } else if (!points.isEmpty() && at.get() <= points.get(points.size() - 1).atMillis()) {
        trace.error(r.line(), "time '" + r.get("time") + "' is not after the point before it ('" + previousTime
            + "'); list points in increasing time order");
      }
      points.add(new Point(at.get(), rate.get()));
      previousTime = r.get("time");
    }
    boolean clean = trace.finish();
    if (clean && points.isEmpty()) {
      trace.fileError("a trace needs at least one point after its header");
      return Optional.empty();
    }
    return clean ? Optional.of(List.copyOf(points)) : Optional.empty();
  }

  private static Optional<Double> rate(CsvTrace trace, int line, String value) {
    double perSecond;
    if (NUMBER.matcher(value).matches()) {
      perSecond = Double.parseDouble(value);
    } else {
      try {
        perSecond = Quantities.perSecond(value);
      } catch (IllegalArgumentException e) {
        trace.error(line, "rate '" + value + "' is not a number");
        return Optional.empty();
      }
    }
    if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
      trace.error(line, "rate '" + value + "' must be a finite number of requests per second of at least 0");
      return Optional.empty();
    }
    return Optional.of(perSecond);
  }
}
