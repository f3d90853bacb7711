package dev.ecsim.reports;

import dev.ecsim.reports.chart.ChartFiles;
import dev.ecsim.reports.chart.ChartStyle;
import dev.ecsim.reports.chart.SweepCostChart;
import dev.ecsim.reports.csv.SweepCsvWriter;
import dev.ecsim.reports.sweep.Sweep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Writes the output of {@code ecsim sweep} into a directory, replaced as a whole (see {@link
 * ReportDirectory}): {@code sweep.csv} and {@code charts/} with one cost chart per parameter.
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
      for (int p = 0; p < sweep.parameters().size(); p++) {
        ChartFiles.write(SweepCostChart.build(sweep, p, style), style, charts, SweepCostChart.fileName(sweep, p));
      }
    });
  }
}
