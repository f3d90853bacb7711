package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskOwnersTest {

  private static final Set<String> JOBS = Set.of("etl", "nightly-report");

  @Test
  void aTaskBelongsToTheServiceOrJobItsRecordNames() {
    var etl = TaskRecords.created("etl-17-retry", "family:shared", 0, OptionalLong.empty());
    var web = TaskRecords.created("web-1", "service:web", 0, OptionalLong.empty());

    assertThat(TaskOwners.job(etl, JOBS)).contains("etl");
    assertThat(TaskOwners.owner(etl)).isEqualTo("etl");
    assertThat(TaskOwners.job(web, JOBS)).isEmpty();
    assertThat(TaskOwners.owner(web)).isEqualTo("web");
  }

  @Test
  void theFoldedAreCalledServicesJobsOrBoth() {
    assertThat(TaskOwners.otherLabel(List.of("a", "b"), Set.of())).isEqualTo("other 2 services");
    assertThat(TaskOwners.otherLabel(List.of("a", "b"), Set.of("a", "b"))).isEqualTo("other 2 jobs");
    assertThat(TaskOwners.otherLabel(List.of("a", "b", "c"), Set.of("b")))
        .isEqualTo("other 3 services and jobs");
  }
}
