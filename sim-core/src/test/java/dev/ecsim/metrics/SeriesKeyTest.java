package dev.ecsim.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesKeyTest {

  /** timeseries.csv's column names are a contract: the keys must spell them as before. */
  @Test
  void aKeysColumnIsTheNameTimeseriesCsvHasAlwaysUsed() {
    assertThat(SeriesNames.CPU_RESERVATION_PCT.column()).isEqualTo("cpuReservationPct");
    assertThat(SeriesNames.MEMORY_UTILIZATION_PCT.column()).isEqualTo("memoryUtilizationPct");
    assertThat(SeriesNames.costRate("od-m6i").column()).isEqualTo("costRateUsdPerHour.od-m6i");
    assertThat(SeriesNames.cumulativeCost("FARGATE").column()).isEqualTo("cumulativeCostUsd.FARGATE");
    assertThat(SeriesNames.instancesDraining("asg").column()).isEqualTo("instancesDraining.asg");
    assertThat(SeriesNames.capacityProviderReservation("od").column()).isEqualTo("capacityProviderReservationPct.od");
    assertThat(SeriesNames.serviceOfferedLoad("web").column()).isEqualTo("serviceOfferedLoadPerSecond.web");
    assertThat(SeriesNames.serviceCpuUtilization("web").column()).isEqualTo("serviceCpuUtilizationPct.web");
    assertThat(SeriesNames.jobQueue("nightly.etl").column()).isEqualTo("jobQueue.nightly.etl");
  }

  /** An entity whose name holds a kind's prefix is still found by kind and name, not by prefix. */
  @Test
  void columnsAreFoundByKindAndEntityWhateverTheNames() {
    TimeSeries series = new TimeSeries(List.of(
        SeriesNames.instances("od"),
        SeriesNames.instancesDraining("od"),
        SeriesNames.instances("Draining.od"),
        SeriesNames.CPU_RESERVATION_PCT));
    series.addRow(0, new double[] {1, 2, 3, 4});

    assertThat(series.entitiesOf(SeriesKind.INSTANCES)).containsExactly("od", "Draining.od");
    assertThat(series.entitiesOf(SeriesKind.INSTANCES_DRAINING)).containsExactly("od");
    assertThat(series.column(SeriesNames.instancesDraining("od"))).containsExactly(2);
    assertThat(series.keysOf(SeriesKind.CPU_RESERVATION_PCT)).containsExactly(SeriesNames.CPU_RESERVATION_PCT);
    assertThat(series.columns())
        .containsExactly("instances.od", "instancesDraining.od", "instances.Draining.od", "cpuReservationPct");
  }

  @Test
  void aPerEntityKindNeedsItsEntityAndAClusterKindTakesNone() {
    assertThatThrownBy(() -> new SeriesKey(SeriesKind.INSTANCES, java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SeriesKey.of(SeriesKind.CPU_RESERVATION_PCT, "od"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
