package dev.ecsim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;

/**
 * The look shared by every chart: size, colours, fonts, legend. Series colours come from the
 * Okabe-Ito palette, which stays distinguishable with the common colour-vision deficiencies; past
 * its eight colours the cycle repeats with dashed lines so the ninth series is still told apart.
 */
public record ChartStyle(
    int width,
    int height,
    Color background,
    Color gridLines,
    Color referenceLines,
    List<Color> palette,
    Font titleFont,
    Font axisLabelFont,
    Font tickFont,
    Font legendFont,
    float lineWidth,
    int maxPoints) {

  /**
   * Okabe & Ito (2008), ordered so the first colours are the most distinct on white; yellow and
   * black last.
   */
  public static final List<Color> OKABE_ITO =
      List.of(
          new Color(0x0072B2), // blue
          new Color(0xE69F00), // orange
          new Color(0x009E73), // bluish green
          new Color(0xD55E00), // vermillion
          new Color(0x56B4E9), // sky blue
          new Color(0xCC79A7), // reddish purple
          new Color(0xF0E442), // yellow
          new Color(0x000000)); // black

  private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {8f, 3f, 2f, 3f}};

  public ChartStyle {
    palette = List.copyOf(palette);
    if (palette.isEmpty()) {
      throw new IllegalArgumentException("palette needs at least one colour");
    }
  }

  /** 1000x500 pixels; at most 1000 points per series, about one per horizontal pixel. */
  public static ChartStyle standard() {
    return new ChartStyle(
        1000,
        500,
        Color.WHITE,
        new Color(0xDDDDDD),
        new Color(0x666666),
        OKABE_ITO,
        new Font(Font.SANS_SERIF, Font.BOLD, 20),
        new Font(Font.SANS_SERIF, Font.PLAIN, 15),
        new Font(Font.SANS_SERIF, Font.PLAIN, 13),
        new Font(Font.SANS_SERIF, Font.PLAIN, 14),
        2f,
        1000);
  }

  /** Colour of the i-th series, cycling through the palette. */
  public Color color(int series) {
    return palette.get(Math.floorMod(series, palette.size()));
  }

  /** Line of the i-th series: solid for the first pass through the palette, then dash patterns. */
  public Stroke stroke(int series) {
    int cycle = Math.floorMod(series, palette.size() * DASHES.length) / palette.size();
    return line(DASHES[cycle]);
  }

  public Stroke solid() {
    return line(null);
  }

  public Stroke dashed() {
    return line(DASHES[1]);
  }

  private Stroke line(float[] dash) {
    return dash == null
        ? new BasicStroke(lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
        : new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  /**
   * A thin dashed horizontal line across the plot at {@code value} on the y axis, labelled at its
   * right end (where distribution curves have mostly risen past it): a threshold to read the data
   * against (100% reservation, the median), drawn in grey so it is not mistaken for a series.
   */
  public ValueMarker referenceLine(double value, String label) {
    Stroke thinDashes =
        new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASHES[1], 0f);
    ValueMarker marker = new ValueMarker(value, referenceLines, thinDashes);
    marker.setLabel(label);
    marker.setLabelFont(tickFont);
    marker.setLabelPaint(referenceLines);
    marker.setLabelBackgroundColor(background);
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
    return marker;
  }

  /**
   * A thin vertical line at {@code x} marking an event (a deployment), without a label: the
   * legend says what each colour means, and labels would collide where events crowd.
   */
  public ValueMarker eventLine(double x, Color colour, boolean dashed) {
    float width = 1.5f;
    Stroke stroke =
        dashed
            ? new BasicStroke(
                width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASHES[1], 0f)
            : new BasicStroke(width);
    return new ValueMarker(x, colour, stroke);
  }

  /** The legend entry of an {@link #eventLine}: a short stretch of the same line. */
  public LegendItem eventLegendItem(String label, Color colour, boolean dashed) {
    return new LegendItem(
        label,
        null,
        null,
        null,
        new Line2D.Double(-7, 0, 7, 0),
        eventLine(0, colour, dashed).getStroke(),
        colour);
  }

  /** Three series lines wide: a target drawn underneath the line that tracks it. */
  public Stroke wide() {
    return new BasicStroke(3 * lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  /** The i-th series colour, made see-through ({@code alpha} 0..1) for an area behind lines. */
  public Color faded(int series, float alpha) {
    Color c = color(series);
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(alpha * 255));
  }

  /** Triangles marking events on a line: point up for an increase, down for a decrease. */
  public Shape triangle(boolean up) {
    float half = 3 * lineWidth;
    return up ? ShapeUtils.createUpTriangle(half) : ShapeUtils.createDownTriangle(half);
  }

  /** Applies background, fonts, grid and a bottom legend to a chart with an XY plot. */
  public void apply(JFreeChart chart) {
    chart.setBackgroundPaint(background);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(titleFont);
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setItemFont(legendFont);
      legend.setBackgroundPaint(background);
      legend.setFrame(BlockBorder.NONE);
    }
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(background);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinePaint(gridLines);
    plot.setRangeGridlinePaint(gridLines);
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    style(plot.getDomainAxis());
    style(plot.getRangeAxis());
  }

  /** Fonts of an axis added after {@link #apply} (a second value axis). */
  public void style(Axis axis) {
    axis.setLabelFont(axisLabelFont);
    axis.setTickLabelFont(tickFont);
  }
}
