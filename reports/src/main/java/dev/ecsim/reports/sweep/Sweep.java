package dev.ecsim.reports.sweep;

import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.Replicated;
import java.util.List;

/**
 * The results of {@code ecsim sweep}: the swept parameters with their values, and the summaries of
 * each grid point's replications, read figure by figure as means and half-widths. Points are in grid
 * order, the first parameter varying slowest, so output never depends on which run finished first.
 */
public record Sweep(List<Parameter> parameters, int replications, List<Point> points) {

  /**
   * A swept field of the base scenario: its path (sweep.csv's column heading and the charts' file
   * names), the short label charts, tables and sweep.html call it by (a path such as {@code
   * cluster.capacityProviders[0].maxSize} wraps in a chart title), and the values it takes, as text.
   */
  public record Parameter(String path, String label, List<String> values) {
    public Parameter {
      values = List.copyOf(values);
    }
  }

  /** One grid point: for each parameter the index of its value, and the summaries of its replications. */
  public record Point(List<Integer> valueIndexes, Replicated<Summary> summaries) {
    public Point {
      valueIndexes = List.copyOf(valueIndexes);
    }
  }

  public Sweep {
    parameters = List.copyOf(parameters);
    points = List.copyOf(points);
  }

  /** The value of parameter {@code p} at {@code point}, as text. */
  public String value(Point point, int p) {
    return parameters.get(p).values().get(point.valueIndexes().get(p));
  }
}
