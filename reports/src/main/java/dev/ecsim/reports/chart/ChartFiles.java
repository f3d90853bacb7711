package dev.ecsim.reports.chart;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * Writes one chart as {@code NAME.png} (for the HTML page) and {@code NAME.svg} (for slides and
 * print).
 */
public final class ChartFiles {
  private ChartFiles() {}

  static {
    Headless.ensure();
  }

  public static void write(JFreeChart chart, ChartStyle style, Path dir, String name)
      throws IOException {
    int width = style.width();
    int height = style.height();
    ChartUtils.saveChartAsPNG(dir.resolve(name + ".png").toFile(), chart, width, height);
    SVGGraphics2D svg = new SVGGraphics2D(width, height);
    // JFreeSVG's default prefix for clip-path ids is the nanosecond clock; a fixed one keeps the
    // file identical across runs of the same scenario.
    svg.setDefsKeyPrefix("ecsim-" + name + "-");
    chart.draw(svg, new Rectangle2D.Double(0, 0, width, height));
    SVGUtils.writeToSVG(dir.resolve(name + ".svg").toFile(), svg.getSVGElement());
  }
}
