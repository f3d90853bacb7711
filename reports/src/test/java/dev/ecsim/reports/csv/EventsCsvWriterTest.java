package dev.ecsim.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import java.io.IOException;
import java.io.StringWriter;
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
    EventsCsvWriter.write(events, out);

    assertThat(out.toString())
        .isEqualTo(
            "timeSeconds,type,source,message\n"
                + "61.25,SCALING_ACTIVITY,web,desired 4 -> 6\n"
                + "120,PLACEMENT_FAILURE,etl,\"unable to place a task: no container instance"
                + " met all of its requirements, reason \"\"RESOURCE:MEMORY\"\"\"\n");
  }
}
