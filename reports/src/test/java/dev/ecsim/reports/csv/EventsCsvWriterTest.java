package dev.ecsim.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsCsvWriterTest {

  @Test
  void writesHeaderAndOneRowPerEvent() throws IOException {
    List<EventRecord> events =
        List.of(
            new EventRecord(61_250, EventType.SCALING_ACTIVITY, "web", "desired 4 -> 6"),
            new EventRecord(
                120_000,
                EventType.PLACEMENT_FAILURE,
                "etl",
                "unable to place a task: no container instance met all of its requirements,"
                    + " reason \"RESOURCE:MEMORY\""));

    StringWriter out = new StringWriter();
    EventsCsvWriter.write(events, Instant.parse("2026-01-05T00:00:00Z"), out);

    assertThat(out.toString())
        .isEqualTo(
            "timeSeconds,timestamp,type,source,message\n"
                + "61.25,2026-01-05T00:01:01.25Z,SCALING_ACTIVITY,web,desired 4 -> 6\n"
                + "120,2026-01-05T00:02:00Z,PLACEMENT_FAILURE,etl,\"unable to place a task: no container instance"
                + " met all of its requirements, reason \"\"RESOURCE:MEMORY\"\"\"\n");
  }
}
