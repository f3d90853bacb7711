package dev.ecsim.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.reports.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class TasksCsvWriterTest {
  private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

  private static String write(List<dev.ecsim.metrics.TaskRecord> tasks) throws IOException {
    StringWriter out = new StringWriter();
    TasksCsvWriter.write(tasks, START, out);
    return out.toString();
  }

  @Test
  void headerIsTheContractColumns() throws IOException {
    String header = write(List.of()).lines().findFirst().orElseThrow();

    assertThat(header)
        .isEqualTo(
            "taskId,serviceOrJob,group,taskDefinition,launchType,capacityProviderName,containerInstanceId,"
                + "instanceType,availabilityZone,cpu,memory,createdAt,pullStartedAt,pullStoppedAt,"
                + "startedAt,stoppingAt,stoppedAt,stopCode,stoppedReason,costUsd,createdAtTimestamp");
  }

  @Test
  void aCompletedTaskHasSecondsSinceStartAndCost() throws IOException {
    String csv = write(List.of(Fixtures.task("t-1", "Essential container in task exited")));

    assertThat(csv.lines().skip(1).findFirst().orElseThrow())
        .isEqualTo(
            "t-1,etl,family:etl,etl:1,EC2,od,ci-0001,m6i.large,us-east-1a,1024,2048,"
                + "12.5,13,20.25,25,625,630.001,EssentialContainerExited,"
                + "Essential container in task exited,0.012346,"
                // createdAt, 12.5 s, from 2026-01-05T00:00:00Z.
                + "2026-01-05T00:00:12.5Z");
  }

  @Test
  void stepsNeverReachedAreEmptyCells() throws IOException {
    String csv = write(List.of(Fixtures.waitingTask("t-2")));

    assertThat(csv.lines().skip(1).findFirst().orElseThrow())
        .isEqualTo("t-2,etl,family:etl,etl:1,EC2,od,,,,1024,2048,3600,,,,,,,,0,2026-01-05T01:00:00Z");
  }

  @Test
  void commasAndQuotesAreQuotedAndReadBack() throws IOException {
    String reason = "Essential container \"app\" exited, code 137";
    String csv = write(List.of(Fixtures.task("t-3", reason)));

    assertThat(csv).contains(",\"Essential container \"\"app\"\" exited, code 137\",");
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(csv))
            .getRecords();
    assertThat(records).hasSize(1);
    assertThat(records.get(0).get("stoppedReason")).isEqualTo(reason);
    assertThat(records.get(0).get("costUsd")).isEqualTo("0.012346");
  }

  @Test
  void recordsEndWithLineFeedOnly() throws IOException {
    String csv = write(List.of(Fixtures.task("t-1", "done"), Fixtures.waitingTask("t-2")));

    assertThat(csv).doesNotContain("\r").endsWith("\n");
    assertThat(csv.lines()).hasSize(3);
  }
}
