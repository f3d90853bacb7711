package dev.ecsim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.workload.LoadProfile.Point;
import dev.ecsim.workload.LoadProfile.Steps;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The utilization model against figures worked out by hand (docs/ecs-behaviour.md §1.6, §8). */
class ServiceLoadTest {
  /** 0.5 vCPU, 1 GiB tasks serving 150 req/s each; memory 40 % idle, 70 % at full CPU. */
  static final ServiceLoad WEB = new ServiceLoad(150, 512, 1024, new MemoryModel(40, 30));

  @Test
  void moreThanTheTasksCanServeIsCappedAtOneHundredPercentAndTheRestIsUnserved() {
    LoadSnapshot s = WEB.at(900, 4);
    assertThat(s.servedPerSecond()).isEqualTo(600);
    assertThat(s.unservedPerSecond()).isEqualTo(300);
    TaskUtilization u = s.utilization().orElseThrow();
    assertThat(u.cpuPercent()).isEqualTo(100);
    assertThat(u.memoryPercent()).isEqualTo(70);
    assertThat(u.cpuUnits()).isEqualTo(512);
    assertThat(u.memoryMiB()).isCloseTo(716.8, within(1e-9));
  }

  @Test
  void loadSplitsEvenlySoServiceUtilizationIsThePerTaskFigure() {
    LoadSnapshot s = WEB.at(300, 4);
    assertThat(s.servedPerSecond()).isEqualTo(300);
    assertThat(s.unservedPerSecond()).isZero();
    TaskUtilization u = s.utilization().orElseThrow();
    assertThat(u.cpuPercent()).isEqualTo(50);
    assertThat(u.memoryPercent()).isEqualTo(55);
    // docs/ecs-behaviour.md §8: Σ used ÷ (task cpu × tasks) × 100 = 4 × 256 ÷ (512 × 4) × 100.
    assertThat(4 * u.cpuUnits() / (512.0 * 4) * 100).isEqualTo(50);
  }

  @Test
  void withoutARunningTaskThereIsNoDatapointAndNothingIsServed() {
    LoadSnapshot s = WEB.at(300, 0);
    assertThat(s.servedPerSecond()).isZero();
    assertThat(s.unservedPerSecond()).isEqualTo(300);
    assertThat(s.utilization()).isEmpty();
    assertThat(ServiceLoad.requestCountPerTarget(1000, 0)).isEmpty();
  }

  @Test
  void anIntervalOfAStepProfileIsIntegratedExactly() {
    // 300/s for 30 s, then 900/s; 4 tasks serve at most 600/s.
    Steps load = new Steps(List.of(new Point(0, 300), new Point(30_000, 900)));
    LoadTotals t = WEB.over(load, 0, 60_000, 4);
    assertThat(t.offeredRequests()).isEqualTo(300 * 30 + 900 * 30);
    assertThat(t.servedRequests()).isEqualTo(300 * 30 + 600 * 30);
    assertThat(t.unservedRequests()).isEqualTo(9_000);
    assertThat(t.unservedFraction()).hasValue(0.25);
    assertThat(t.taskSeconds()).isEqualTo(240);
    // Half the minute at 50 %, half at 100 %.
    assertThat(t.cpuUtilizationPercent().orElseThrow()).isCloseTo(75, within(1e-9));
    // Half at 55 %, half at 70 %.
    assertThat(t.memoryUtilizationPercent().orElseThrow()).isCloseTo(62.5, within(1e-9));
    // ALB RequestCountPerTarget for the minute: 27,000 requests ÷ 4 targets.
    assertThat(t.requestCountPerTarget(60_000).orElseThrow()).isCloseTo(6_750, within(1e-9));
    assertThat(ServiceLoad.requestCountPerTarget(t.servedRequests(), 4)).hasValue(6_750);
  }

  @Test
  void totalsAddUpOverIntervalsAndTimeWithoutTasksIsAllUnserved() {
    Steps load = new Steps(List.of(new Point(0, 300), new Point(30_000, 900)));
    LoadTotals withTasks = WEB.over(load, 0, 60_000, 4);
    LoadTotals without = WEB.over(load, 60_000, 120_000, 0);
    assertThat(without.offeredRequests()).isEqualTo(54_000);
    assertThat(without.servedRequests()).isZero();
    assertThat(without.cpuUtilizationPercent()).isEmpty();
    assertThat(without.requestCountPerTarget(60_000)).isEmpty();
    LoadTotals run = LoadTotals.ZERO.plus(withTasks).plus(without);
    assertThat(run.offeredRequests()).isEqualTo(90_000);
    assertThat(run.unservedRequests()).isEqualTo(63_000);
    assertThat(run.unservedFraction()).hasValue(0.7);
    // No datapoint while no task runs, so the minute without tasks does not dilute utilization.
    assertThat(run.cpuUtilizationPercent().orElseThrow()).isCloseTo(75, within(1e-9));
    // Over the two minutes the target count averages 2: 27,000 ÷ 2.
    assertThat(run.requestCountPerTarget(120_000).orElseThrow()).isCloseTo(13_500, within(1e-9));
    assertThat(LoadTotals.ZERO.unservedFraction()).isEqualTo(OptionalDouble.empty());
  }

  @Test
  void theMemoryModelMustKeepATaskWithinItsMemory() {
    assertThat(MemoryModel.DEFAULT.utilizationPercent(100)).isEqualTo(50);
    assertThat(new MemoryModel(40, 60).utilizationPercent(100)).isEqualTo(100);
    assertThatThrownBy(() -> new MemoryModel(80, 30)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ServiceLoad(0, 512, 1024, MemoryModel.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ServiceLoad(150, 0, 1024, MemoryModel.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
