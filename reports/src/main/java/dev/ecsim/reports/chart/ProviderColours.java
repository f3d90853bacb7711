package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesKind;
import dev.ecsim.metrics.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * One colour per capacity provider across every chart of a report: the cost charts show every
 * provider, the instance and reservation charts only the EC2 ones, so numbering each chart's series
 * from zero would paint od-m6i blue on one chart and FARGATE blue on the next.
 */
public final class ProviderColours {
  private ProviderColours() {}

  /** Every provider of the run, in the order the series lists their cumulative cost. */
  static List<String> providers(TimeSeries series) {
    return series.entitiesOf(SeriesKind.CUMULATIVE_COST);
  }

  /**
   * The palette index of each shown provider: its position among all providers, or, for a name
   * missing there (the "EC2" launch type of a start-latency chart), the next index after them, in
   * the order shown.
   */
  public static int[] indexes(List<String> allProviders, List<String> shown) {
    int[] indexes = new int[shown.size()];
    List<String> extra = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      String name = shown.get(i);
      int known = allProviders.indexOf(name);
      if (known < 0) {
        if (!extra.contains(name)) {
          extra.add(name);
        }
        known = allProviders.size() + extra.indexOf(name);
      }
      indexes[i] = known;
    }
    return indexes;
  }
}
