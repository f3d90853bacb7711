package dev.ecsim.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSeriesCsvWriterTest {
  private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

  @Test
  void writesTimeThenEveryColumnInOrder() throws IOException {
    TimeSeries series =
        new TimeSeries(List.of(SeriesNames.cumulativeCost("od"), SeriesNames.instances("od"), SeriesNames.CPU_UTILIZATION_PCT));
    series.addRow(0, new double[] {0, 2, Double.NaN});
    series.addRow(90_500, new double[] {0.0048000000001, 3, 41.66666666});

    StringWriter out = new StringWriter();
    TimeSeriesCsvWriter.write(series, START, out);

    assertThat(out.toString())
        .isEqualTo(
            "timeSeconds,timestamp,cumulativeCostUsd.od,instances.od,cpuUtilizationPct\n"
                + "0,2026-01-05T00:00:00Z,0,2,\n"
                + "90.5,2026-01-05T00:01:30.5Z,0.0048,3,41.666667\n");
  }

  @Test
  void anEmptySeriesIsJustTheHeader() throws IOException {
    StringWriter out = new StringWriter();
    TimeSeriesCsvWriter.write(new TimeSeries(List.of(SeriesNames.instances("od"))), START, out);

    assertThat(out.toString()).isEqualTo("timeSeconds,timestamp,instances.od\n");
  }

  @Test
  void theRowAtNinetySecondsIsOneMinuteThirtyAfterTheStart() throws IOException {
    TimeSeries series = new TimeSeries(List.of(SeriesNames.instances("od")));
    series.addRow(90_000, new double[] {1});
    StringWriter out = new StringWriter();
    TimeSeriesCsvWriter.write(series, START, out);
    assertThat(out.toString()).endsWith("90,2026-01-05T00:01:30Z,1\n");
  }
}
