package dev.ecsim.reports.chart;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

  /**
   * Longest file name stem written. An ECS service may be named with 255 characters, and most file
   * systems refuse names longer than 255 bytes, so {@code service-<name>.png} can be too long.
   */
  static final int MAX_STEM = 120;

  static {
    Headless.ensure();
  }

  /**
   * The stem a chart called {@code name} is written under: the name itself, or, past {@link
   * #MAX_STEM} characters, its beginning and 8 hex digits of its SHA-256, so that two long names
   * that differ only at the end still get files of their own.
   */
  public static String stem(String name) {
    if (name.length() <= MAX_STEM) {
      return name;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return name.substring(0, MAX_STEM - 9) + "-" + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Writes {@code stem(name).png} and {@code stem(name).svg} into {@code dir}. */
  public static void write(JFreeChart chart, ChartStyle style, Path dir, String chartName)
      throws IOException {
    String name = stem(chartName);
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
