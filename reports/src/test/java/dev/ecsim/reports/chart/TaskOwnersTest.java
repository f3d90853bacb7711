package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskOwnersTest {

  @Test
  void theFoldedAreCalledServicesJobsOrBoth() {
    assertThat(TaskOwners.otherLabel(List.of("a", "b"), Set.of())).isEqualTo("other 2 services");
    assertThat(TaskOwners.otherLabel(List.of("a", "b"), Set.of("a", "b"))).isEqualTo("other 2 jobs");
    assertThat(TaskOwners.otherLabel(List.of("a", "b", "c"), Set.of("b")))
        .isEqualTo("other 3 services and jobs");
  }
}
