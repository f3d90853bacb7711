package dev.ecsim.reports.chart;

import dev.ecsim.reports.sweep.Sweep;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One figure of a sweep (total cost, a service's unserved requests, a job's p95 wait) against one
 * parameter's values, with 95 % error bars. With exactly two parameters, one line per value of the
 * other; otherwise one line averaged over the other parameters' values (its half-width that of a
 * mean of independent estimates, sqrt(sum h^2) / k).
 */
public final class SweepFigureChart {
  private SweepFigureChart() {}

  /** An estimate of the figure at one value of the charted parameter. */
  record Estimate(double mean, double halfWidth) {}

  /** One line of the chart: its legend label and an estimate per value of the charted parameter. */
  record Line(String label, List<Estimate> estimates) {}

  public static JFreeChart build(Sweep sweep, SweepFigure figure, int parameter, ChartStyle style) {
    Sweep.Parameter swept = sweep.parameters().get(parameter);
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    for (Line line : lines(sweep, figure, parameter)) {
      YIntervalSeries series = new YIntervalSeries(line.label());
      for (int v = 0; v < line.estimates().size(); v++) {
        Estimate e = line.estimates().get(v);
        series.add(v, e.mean(), e.mean() - e.halfWidth(), e.mean() + e.halfWidth());
      }
      data.addSeries(series);
    }
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDefaultLinesVisible(true);
    renderer.setDefaultShapesVisible(true);
    renderer.setCapLength(8);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, style.color(i));
      renderer.setSeriesStroke(i, style.stroke(i));
    }
    renderer.setErrorStroke(style.solid());
    SymbolAxis x = new SymbolAxis(swept.label(), swept.values().toArray(String[]::new));
    x.setGridBandsVisible(false);
    JFreeChart chart = XYCharts.create(title(sweep, figure, parameter), x, figure.axisLabel(), data, renderer, style);
    chart.getXYPlot().getDomainAxis().setLowerMargin(0.05);
    chart.getXYPlot().getDomainAxis().setUpperMargin(0.05);
    chart.getXYPlot().getDomainAxis().setRange(-0.5, swept.values().size() - 0.5);
    return chart;
  }

  /** {@code STEM-by-PATH} with every run of characters other than letters and digits a dash. */
  public static String fileName(Sweep sweep, SweepFigure figure, int parameter) {
    return (figure.fileStem() + "-by-" + sweep.parameters().get(parameter).path()).replaceAll("[^A-Za-z0-9]+", "-")
        .replaceAll("^-|-$", "");
  }

  static String title(Sweep sweep, SweepFigure figure, int parameter) {
    String name = sweep.parameters().get(parameter).label();
    int n = sweep.parameters().size();
    String bars = sweep.replications() > 1 ? " (95% CI, " + sweep.replications() + " replications)" : "";
    if (n == 1) {
      return figure.title() + " by " + name + bars;
    }
    if (n == 2) {
      return figure.title() + " by " + name + ", one line per " + sweep.parameters().get(1 - parameter).label() + bars;
    }
    return figure.title() + " by " + name + ", averaged over the other parameters" + bars;
  }

  /** The lines of the chart of {@code parameter}: see the type comment. */
  static List<Line> lines(Sweep sweep, SweepFigure figure, int parameter) {
    int values = sweep.parameters().get(parameter).values().size();
    if (sweep.parameters().size() == 2) {
      int other = 1 - parameter;
      List<Line> lines = new ArrayList<>();
      List<String> otherValues = sweep.parameters().get(other).values();
      for (int o = 0; o < otherValues.size(); o++) {
        lines.add(new Line(sweep.parameters().get(other).label() + " = " + otherValues.get(o),
            estimates(sweep, figure, parameter, values, other, o)));
      }
      return lines;
    }
    return List.of(new Line(sweep.parameters().size() == 1 ? figure.axisLabel() : "mean over the other parameters",
        estimates(sweep, figure, parameter, values, -1, -1)));
  }

  /**
   * Per value of {@code parameter}, the mean of the points with that value (and other = o, if
   * given); points without the figure (a job that never ran) are left out, and a value with none
   * has no estimate (NaN, drawn as a gap).
   */
  private static List<Estimate> estimates(Sweep sweep, SweepFigure figure, int parameter, int values, int other,
      int o) {
    List<Estimate> estimates = new ArrayList<>();
    for (int v = 0; v < values; v++) {
      double sum = 0;
      double squares = 0;
      int k = 0;
      for (Sweep.Point point : sweep.points()) {
        if (point.valueIndexes().get(parameter) != v || (other >= 0 && point.valueIndexes().get(other) != o)) {
          continue;
        }
        var estimate = point.summaries().estimateWhereDefined(figure.figure().read());
        if (estimate.isEmpty()) {
          continue;
        }
        sum += estimate.get().mean();
        double h = estimate.get().halfWidth().orElse(0);
        squares += h * h;
        k++;
      }
      estimates.add(k == 0 ? new Estimate(Double.NaN, 0) : new Estimate(sum / k, Math.sqrt(squares) / k));
    }
    return estimates;
  }
}
