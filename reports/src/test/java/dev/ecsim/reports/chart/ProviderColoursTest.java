package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderColoursTest {

  @Test
  void aShownProviderTakesItsPlaceAmongAllProviders() {
    assertThat(ProviderColours.indexes(List.of("FARGATE", "od", "spot"), List.of("od", "spot")))
        .containsExactly(1, 2);
  }

  @Test
  void unknownNamesFollowTheKnownOnesInTheOrderShown() {
    assertThat(
            ProviderColours.indexes(
                List.of("od", "spot"), List.of("EC2", "od", "other", "EC2", "spot")))
        .containsExactly(2, 0, 3, 2, 1);
  }

  @Test
  void providersAreReadFromTheCumulativeCostColumns() {
    TimeSeries series =
        new TimeSeries(
            List.of(SeriesNames.instances("od"), SeriesNames.cumulativeCost("FARGATE"), SeriesNames.cumulativeCost("od")));

    assertThat(ProviderColours.providers(series)).containsExactly("FARGATE", "od");
  }
}
