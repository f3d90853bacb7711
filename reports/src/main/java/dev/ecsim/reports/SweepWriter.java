package dev.ecsim.reports;

import dev.ecsim.reports.chart.ChartFiles;
import dev.ecsim.reports.chart.ChartStyle;
import dev.ecsim.reports.chart.SweepFigure;
import dev.ecsim.reports.chart.SweepFigureChart;
import dev.ecsim.reports.csv.SweepCsvWriter;
import dev.ecsim.reports.sweep.Sweep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Writes the output of {@code ecsim sweep} into a directory, replaced as a whole (see {@link
 * ReportDirectory}): {@code sweep.csv} and {@code charts/} with, per parameter, a chart of the total cost and of each
 * service's unserved requests and each job's p95 wait ({@link SweepFigure#charted}).
 */
public final class SweepWriter {
  private SweepWriter() {}

  public static final String SWEEP_CSV = "sweep.csv";
  public static final String CHARTS = "charts";

  public static void write(Sweep sweep, Path outDir) throws IOException {
    ReportDirectory.replace(outDir, Set.of(SWEEP_CSV, CHARTS), dir -> {
      SweepCsvWriter.write(sweep, dir.resolve(SWEEP_CSV));
      Path charts = Files.createDirectories(dir.resolve(CHARTS));
      ChartStyle style = ChartStyle.standard();
      for (SweepFigure figure : SweepFigure.charted(sweep)) {
        for (int p = 0; p < sweep.parameters().size(); p++) {
          ChartFiles.write(SweepFigureChart.build(sweep, figure, p, style), style, charts,
              SweepFigureChart.fileName(sweep, figure, p));
        }
      }
    });
  }
}
