package dev.ecsim.reports;

import dev.ecsim.reports.chart.ChartFiles;
import dev.ecsim.reports.chart.ChartStyle;
import dev.ecsim.reports.chart.SweepFigure;
import dev.ecsim.reports.chart.SweepFigureChart;
import dev.ecsim.reports.csv.SweepCsvWriter;
import dev.ecsim.reports.html.ChartImage;
import dev.ecsim.reports.html.GroupedChart;
import dev.ecsim.reports.html.SweepHtml;
import dev.ecsim.reports.sweep.Sweep;
import dev.ecsim.reports.sweep.SweepSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the output of {@code ecsim sweep} into a directory, replaced as a whole (see {@link
 * ReportDirectory}): {@code sweep.csv}, {@code charts/} with, per parameter, a chart of the total cost and of each
 * service's unserved requests and each job's p95 wait ({@link SweepFigure#charted}), and {@code sweep.html}, the
 * table and the same charts on one self-contained page.
 */
public final class SweepWriter {
  private SweepWriter() {}

  public static final String SWEEP_CSV = "sweep.csv";
  public static final String SWEEP_HTML = "sweep.html";
  public static final String CHARTS = "charts";

  public static void write(Sweep sweep, SweepSource source, Path outDir) throws IOException {
    ReportDirectory.replace(outDir, Set.of(SWEEP_CSV, SWEEP_HTML, CHARTS), dir -> {
      SweepCsvWriter.write(sweep, dir.resolve(SWEEP_CSV));
      Path charts = Files.createDirectories(dir.resolve(CHARTS));
      ChartStyle style = ChartStyle.standard();
      List<GroupedChart> images = new ArrayList<>();
      for (SweepFigure figure : SweepFigure.charted(sweep)) {
        for (int p = 0; p < sweep.parameters().size(); p++) {
          var chart = SweepFigureChart.build(sweep, figure, p, style);
          String name = SweepFigureChart.fileName(sweep, figure, p);
          ChartFiles.write(chart, style, charts, name);
          byte[] png = Files.readAllBytes(charts.resolve(ChartFiles.stem(name) + ".png"));
          images.add(new GroupedChart(figure.title(), new ChartImage(name, chart.getTitle().getText(), png)));
        }
      }
      Files.writeString(dir.resolve(SWEEP_HTML), SweepHtml.render(sweep, source, images), StandardCharsets.UTF_8);
    });
  }
}
