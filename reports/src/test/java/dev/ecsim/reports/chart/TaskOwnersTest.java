package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskOwnersTest {

  private static final Set<String> JOBS = Set.of("etl", "etl-2", "nightly-report");

  @Test
  void aJobsTasksAreItsNameAndANumberWithAnyRetries() {
    assertThat(TaskOwners.job("etl-1", JOBS)).contains("etl");
    assertThat(TaskOwners.job("etl-17-retry", JOBS)).contains("etl");
    assertThat(TaskOwners.job("etl-17-retry-retry", JOBS)).contains("etl");
    assertThat(TaskOwners.job("nightly-report-3", JOBS)).contains("nightly-report");
  }

  @Test
  void aNameThatEndsInDashAndDigitsIsNotMistakenForAnotherJobsTask() {
    // "etl-2-5" is job etl-2's fifth task; job etl's second task is "etl-2".
    assertThat(TaskOwners.job("etl-2-5", JOBS)).contains("etl-2");
    assertThat(TaskOwners.job("etl-2", JOBS)).contains("etl");
  }

  @Test
  void otherIdsAreNoJobsTasks() {
    assertThat(TaskOwners.job("web-1", JOBS)).isEmpty();
    assertThat(TaskOwners.job("etl", JOBS)).isEmpty();
    assertThat(TaskOwners.job("etl-", JOBS)).isEmpty();
    assertThat(TaskOwners.job("etl-x1", JOBS)).isEqualTo(Optional.empty());
    assertThat(TaskOwners.job("-1", JOBS)).isEmpty();
  }

  @Test
  void theOwnerIsTheServiceByGroupElseTheJobByIdElseTheGroup() {
    assertThat(owner("web-1", "service:web")).isEqualTo("web");
    assertThat(owner("etl-4", "family:etl")).isEqualTo("etl");
    assertThat(owner("t-1", "family:etl")).isEqualTo("family:etl");
  }

  @Test
  void theFoldedAreCalledServicesJobsOrBoth() {
    assertThat(TaskOwners.otherLabel(List.of("a", "b"), Set.of())).isEqualTo("other 2 services");
    assertThat(TaskOwners.otherLabel(List.of("a", "b"), Set.of("a", "b"))).isEqualTo("other 2 jobs");
    assertThat(TaskOwners.otherLabel(List.of("a", "b", "c"), Set.of("b")))
        .isEqualTo("other 3 services and jobs");
  }

  private static String owner(String id, String group) {
    return TaskOwners.owner(TaskRecords.created(id, group, 0, OptionalLong.empty()), JOBS);
  }
}
