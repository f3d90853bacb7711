package dev.ecsim.reports.chart;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.chart.CostBars.Bar;
import dev.ecsim.reports.chart.CostBars.Kind;
import java.awt.Color;
import java.awt.Paint;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * What the run cost, split by service and job, with the EC2 capacity no task reserved as "idle":
 * one horizontal bar each, costliest at the top, labelled in dollars and as a share of the bill
 * (summary.json's cost.byService, which adds up to cost.totalUsd). Past {@link #MAX_OWNER_BARS}
 * services and jobs the cheapest share one "other" bar. A large idle bar is capacity bought and not
 * used: over-provisioning, or binpack that could not fill what scaling launched. With
 * replications, summary.json holds means; the chart is the first run's bill.
 */
final class CostByServiceChart {
  private CostByServiceChart() {}

  static final String TITLE = "Cost by service and job, idle included";

  static final int MAX_OWNER_BARS = 15;

  /** Half the height of a bar, in bar slots. */
  private static final double HALF_BAR = 0.35;

  /** Grey for capacity nobody used. */
  static final Color IDLE_COLOUR = new Color(0x999999);

  static Optional<JFreeChart> build(RunResult run, ChartStyle style) {
    Summary.Cost cost = run.summary().cost();
    if (cost.byService().isEmpty()) {
      return Optional.empty();
    }
    List<Bar> bars = CostBars.of(cost.byService(), MAX_OWNER_BARS, run.summary().jobs().keySet());
    double total = cost.totalUsd();
    Map<Kind, XYIntervalSeries> byKind = new EnumMap<>(Kind.class);
    String[] names = new String[bars.size()];
    double smallest = 0;
    double largest = 0;
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      names[i] = bar.label();
      double usd = bar.usd();
      byKind
          .computeIfAbsent(bar.kind(), k -> new XYIntervalSeries(legend(k), false, true))
          .add(i, i - HALF_BAR, i + HALF_BAR, usd, Math.min(0, usd), Math.max(0, usd));
      smallest = Math.min(smallest, usd);
      largest = Math.max(largest, usd);
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setUseYInterval(true);
    int series = 0;
    for (Map.Entry<Kind, XYIntervalSeries> entry : byKind.entrySet()) {
      data.addSeries(entry.getValue());
      renderer.setSeriesPaint(series, paint(entry.getKey(), style));
      series++;
    }
    renderer.setDefaultItemLabelGenerator(
        (dataset, s, item) -> CostBars.label(dataset.getYValue(s, item), total));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(style.tickFont());
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setDefaultNegativeItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));

    SymbolAxis owners = new SymbolAxis(null, names);
    owners.setGridBandsVisible(false);
    owners.setInverted(true); // costliest at the top
    JFreeChart chart =
        XYCharts.create(
            String.format(Locale.ROOT, "%s: %s in total", TITLE, CostBars.label(total, 0)),
            owners,
            "USD",
            data,
            renderer,
            style);
    XYPlot plot = chart.getXYPlot();
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setDomainGridlinesVisible(false);
    owners.setRange(-0.5, bars.size() - 0.5);
    NumberAxis usd = (NumberAxis) plot.getRangeAxis();
    usd.setStandardTickUnits(RootLocaleTicks.decimals("$"));
    // Room beyond the longest bar for its label ("$1,234.56 (97.2%)").
    double span = Math.max(largest - smallest, 1e-9);
    usd.setRange(
        smallest < 0 ? smallest - 0.3 * span : 0, largest > 0 ? largest + 0.3 * span : 0.3 * span);
    return Optional.of(chart);
  }

  private static String legend(Kind kind) {
    return switch (kind) {
      case OWNER -> "service or job";
      case IDLE -> "idle: EC2 capacity no task reserved";
      case OTHER -> "the cheapest services and jobs, summed";
    };
  }

  private static Paint paint(Kind kind, ChartStyle style) {
    return switch (kind) {
      case OWNER -> style.color(0);
      case IDLE -> IDLE_COLOUR;
      case OTHER -> style.faded(0, 0.45f);
    };
  }
}
