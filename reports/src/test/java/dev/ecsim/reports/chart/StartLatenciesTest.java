package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.reports.Fixtures;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class StartLatenciesTest {

  @Test
  void secondsFromCreatedToStartedPerProviderSortedAscending() {
    SortedMap<String, double[]> latencies =
        StartLatencies.byProvider(
            List.of(
                Fixtures.started("od", 1_000, 31_000),
                Fixtures.started("FARGATE", 0, 62_500),
                Fixtures.started("od", 10_000, 15_000),
                Fixtures.waitingTask("never-started")));

    assertThat(latencies.keySet()).containsExactly("FARGATE", "od");
    assertThat(latencies.get("od")).containsExactly(5, 30);
    assertThat(latencies.get("FARGATE")).containsExactly(62.5);
  }

  @Test
  void aTaskWithoutCapacityProviderCountsUnderItsLaunchTypeAsTheSummaryDoes() {
    SortedMap<String, double[]> latencies =
        StartLatencies.byProvider(List.of(Fixtures.started("", 0, 2_000)));

    assertThat(latencies.keySet()).containsExactly("EC2");
  }

  @Test
  void noStartedTasksNoProviders() {
    assertThat(StartLatencies.byProvider(List.of(Fixtures.waitingTask("t")))).isEmpty();
  }
}
