package dev.ecsim.reports;

import dev.ecsim.reports.chart.ChartFiles;
import dev.ecsim.reports.chart.ChartStyle;
import dev.ecsim.reports.chart.ComparisonCharts;
import dev.ecsim.reports.compare.ComparisonReport;
import dev.ecsim.reports.csv.ComparisonCsvWriter;
import dev.ecsim.reports.html.ChartImage;
import dev.ecsim.reports.html.GroupedChart;
import dev.ecsim.reports.html.ComparisonHtml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the output of {@code ecsim compare} into a directory: {@code compare.csv}, {@code
 * compare.html} and {@code charts/compare-*.png|svg}. Other files in the directory are left alone
 * (it may well be a directory of run reports, with a run's charts in {@code charts/}); the {@code
 * charts/compare-*} files are compare's own, and those an earlier compare wrote that this one does
 * not (a service no longer in every scenario) are removed.
 *
 * <p>Every file is replaced atomically, so an interrupted compare never leaves a half-written
 * file. Charts are drawn into a hidden staging directory first, so a failure while drawing
 * changes nothing; then the charts are moved into place, then compare.csv, and compare.html last.
 */
public final class ComparisonWriter {
  private ComparisonWriter() {}

  public static final String COMPARE_CSV = "compare.csv";
  public static final String COMPARE_HTML = "compare.html";
  public static final String CHARTS = "charts";

  /**
   * @throws IOException if a file cannot be written; files not yet replaced are then as they were
   */
  public static void write(ComparisonReport report, Path outDir) throws IOException {
    for (String name : List.of(COMPARE_CSV, COMPARE_HTML)) {
      if (Files.isDirectory(outDir.resolve(name))) {
        throw new IOException(outDir.resolve(name) + " is a directory; choose another output directory");
      }
    }
    Files.createDirectories(outDir);
    ChartStyle style = ChartStyle.standard();
    Path staging = Files.createTempDirectory(outDir, ".compare-charts-");
    try {
      List<GroupedChart> images = new ArrayList<>();
      for (ComparisonCharts.Drawn chart : ComparisonCharts.draw(report, style)) {
        ChartFiles.write(chart.chart(), style, staging, chart.fileName());
        byte[] png = Files.readAllBytes(staging.resolve(ChartFiles.stem(chart.fileName()) + ".png"));
        images.add(new GroupedChart(chart.group(), new ChartImage(chart.fileName(), chart.title(), png)));
      }
      moveCharts(staging, Files.createDirectories(outDir.resolve(CHARTS)));
      ReportDirectory.replaceFile(outDir.resolve(COMPARE_CSV),
          file -> ComparisonCsvWriter.write(report.comparison(), file));
      String html = ComparisonHtml.render(report, images);
      ReportDirectory.replaceFile(outDir.resolve(COMPARE_HTML),
          file -> Files.writeString(file, html, StandardCharsets.UTF_8));
    } finally {
      ReportDirectory.deleteRecursively(staging);
    }
  }

  /** Each staged file replaces its namesake; compare's charts that were not staged go. */
  private static void moveCharts(Path staging, Path charts) throws IOException {
    Set<String> staged = new HashSet<>();
    try (Stream<Path> files = Files.list(staging)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        staged.add(name);
        try {
          Files.move(file, charts.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(file, charts.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    try (DirectoryStream<Path> old = Files.newDirectoryStream(charts, ComparisonCharts.PREFIX + "*.{png,svg}")) {
      for (Path file : old) {
        if (!staged.contains(file.getFileName().toString()) && Files.isRegularFile(file)) {
          Files.delete(file);
        }
      }
    }
  }
}
