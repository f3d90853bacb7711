package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.reports.chart.TimelineRows.TaskBar;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TimelineRowsProperties {

  @Property
  void joiningNeitherOverlapsALaneNorUncoversABar(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 1_000) Integer> starts,
      @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 200) Integer> lengths,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 2) Integer> owners,
      @ForAll @IntRange(min = 1, max = 50) int pixelMillis) {
    int n = Math.min(starts.size(), Math.min(lengths.size(), owners.size()));
    long[] s = new long[n];
    long[] e = new long[n];
    for (int i = 0; i < n; i++) {
      s[i] = starts.get(i);
      e[i] = s[i] + lengths.get(i);
    }
    Lanes.Assignment lanes = Lanes.assign(s, e);
    List<TaskBar> bars = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      bars.add(new TaskBar("owner" + owners.get(i), s[i], e[i], lanes.lanes()[i]));
    }

    List<TaskBar> joined = TimelineRows.joinUnreadable(bars, pixelMillis);

    for (int i = 0; i < joined.size(); i++) {
      for (int j = i + 1; j < joined.size(); j++) {
        TaskBar a = joined.get(i);
        TaskBar b = joined.get(j);
        if (a.lane() == b.lane()) {
          assertThat(a.start() < b.end() && b.start() < a.end()).as("%s and %s", a, b).isFalse();
        }
      }
    }
    for (TaskBar bar : bars) {
      assertThat(joined)
          .anySatisfy(
              j -> {
                assertThat(j.lane()).isEqualTo(bar.lane());
                assertThat(j.owner()).isEqualTo(bar.owner());
                assertThat(j.start()).isLessThanOrEqualTo(bar.start());
                assertThat(j.end()).isGreaterThanOrEqualTo(bar.end());
              });
    }
    assertThat(joined.size()).isLessThanOrEqualTo(bars.size());
  }
}
