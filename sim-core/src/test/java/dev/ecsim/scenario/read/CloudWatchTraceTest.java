package dev.ecsim.scenario.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.workload.LoadProfile;
import dev.ecsim.workload.LoadProfile.Point;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load trace saved with {@code aws cloudwatch get-metric-data}: an ALB's RequestCount, Sum per
 * 5 minutes, newest first as the command prints it by default.
 */
class CloudWatchTraceTest {
  @TempDir
  Path dir;

  private static final String OUTPUT = """
      {
        "MetricDataResults": [
          {
            "Id": "requests",
            "Label": "RequestCount",
            "Timestamps": ["2026-01-05T00:10:00+00:00", "2026-01-05T00:05:00+00:00", "2026-01-05T00:00:00+00:00",
                           "2026-01-04T23:55:00+00:00"],
            "Values": [60000.0, 45000.0, 30000.0, 15000.0],
            "StatusCode": "Complete"
          }
        ],
        "Messages": []
      }
      """;

  private LoadYaml.Read read(String json) throws Exception {
    Files.writeString(dir.resolve("requests.json"), json);
    return LoadYaml.read("load: {requestRate: {trace: {file: requests.json}}, capacityPerTask: 100/s}", dir,
        Instant.parse("2026-01-05T00:00:00Z"), OptionalLong.of(3_600_000L));
  }

  @Test
  void sumsPerPeriodBecomeRatesFromTheScenariosStart() throws Exception {
    // The gaps are 5 minutes, so each Sum is spread over 300 s: 30,000 / 300 = 100/s from 00:00 (the
    // scenario's start, time 0), 45,000 / 300 = 150/s from 00:05, 60,000 / 300 = 200/s from 00:10.
    // The point at 23:55 lies before the start and is dropped.
    LoadProfile.Trace trace = (LoadProfile.Trace) read(OUTPUT).valid().requestRate();
    assertThat(trace.points()).containsExactly(new Point(0, 100.0), new Point(300_000, 150.0),
        new Point(600_000, 200.0));
  }

  @Test
  void theSameListsAsCsvAreReadTheSameWay() throws Exception {
    // Timestamps and Values side by side, newest first as the JSON has them: the same three rates.
    Files.writeString(dir.resolve("requests.csv"), "Timestamps,Values\n2026-01-05T00:10:00+00:00,60000\n"
        + "2026-01-05T00:05:00+00:00,45000\n2026-01-05T00:00:00+00:00,30000\n2026-01-04T23:55:00+00:00,15000\n");
    LoadYaml.Read read = LoadYaml.read("load: {requestRate: {trace: {file: requests.csv}}, capacityPerTask: 100/s}",
        dir, Instant.parse("2026-01-05T00:00:00Z"), OptionalLong.of(3_600_000L));
    LoadProfile.Trace trace = (LoadProfile.Trace) read.valid().requestRate();
    assertThat(trace.points()).containsExactly(new Point(0, 100.0), new Point(300_000, 150.0),
        new Point(600_000, 200.0));

    Files.writeString(dir.resolve("bad.csv"), "Timestamps,Values\nyesterday,5\n");
    assertThat(LoadYaml.read("load: {requestRate: {trace: {file: bad.csv}}, capacityPerTask: 100/s}", dir,
        Instant.parse("2026-01-05T00:00:00Z"), OptionalLong.of(3_600_000L)).issues()).singleElement()
        .satisfies(i -> assertThat(i.message()).isEqualTo(
            "bad.csv:2: 'yesterday' is not an ISO-8601 instant such as 2026-01-05T00:00:00Z"));
  }

  @Test
  void whatIsNotOneMetricOfGetMetricDataIsRefusedWithWhy() throws Exception {
    assertThat(read("{\"Datapoints\": []}").issues()).singleElement().satisfies(i -> assertThat(i.message())
        .isEqualTo("requests.json: not the output of aws cloudwatch get-metric-data: no \"MetricDataResults\" list"));
    assertThat(read(OUTPUT.replace("\"Messages\"", "\"Mesages\"").replace("[\n    {", "[\n    {}, {")).issues())
        .singleElement().satisfies(i -> assertThat(i.message()).contains("holds 2 metrics; save one metric a file"));
    assertThat(read(OUTPUT.replace("2026-01-04T23:55:00+00:00", "2026-01-05T00:01:00+00:00")
        .replace("2026-01-05T00:00:00+00:00", "2026-01-05T00:02:00+00:00")).issues()).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("starts at 2026-01-05T00:01:00Z, after the scenario's startTime"));
    assertThat(read("{\"MetricDataResults\": [{\"Timestamps\": [\"x\"], \"Values\": [1]}]}").issues()).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("Timestamps[0] 'x' is not an ISO-8601 instant"));
  }
}
