package dev.ecsim.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSeriesCsvWriterTest {

  @Test
  void writesTimeThenEveryColumnInOrder() throws IOException {
    TimeSeries series =
        new TimeSeries(List.of(SeriesNames.cumulativeCost("od"), SeriesNames.instances("od"), SeriesNames.CPU_UTILIZATION_PCT));
    series.addRow(0, new double[] {0, 2, Double.NaN});
    series.addRow(90_500, new double[] {0.0048000000001, 3, 41.66666666});

    StringWriter out = new StringWriter();
    TimeSeriesCsvWriter.write(series, out);

    assertThat(out.toString())
        .isEqualTo(
            "timeSeconds,cumulativeCostUsd.od,instances.od,cpuUtilizationPct\n"
                + "0,0,2,\n"
                + "90.5,0.0048,3,41.666667\n");
  }

  @Test
  void anEmptySeriesIsJustTheHeader() throws IOException {
    StringWriter out = new StringWriter();
    TimeSeriesCsvWriter.write(new TimeSeries(List.of(SeriesNames.instances("od"))), out);

    assertThat(out.toString()).isEqualTo("timeSeconds,instances.od\n");
  }
}
