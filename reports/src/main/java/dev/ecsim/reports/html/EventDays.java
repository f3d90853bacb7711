package dev.ecsim.reports.html;

import dev.ecsim.metrics.EventRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The events worth reading ({@link EventSelection#WORTH_READING}) day by day of simulated time,
 * for the report's section a reader opens one day at a time: how a policy reacted on Tuesday
 * without scrolling past Monday. Rows are listed in time order up to {@code maxRows} over the whole
 * run, so a week of placement failures cannot swell the page; a day past the cap keeps its counts.
 */
record EventDays(List<Day> days, int listed, int total) {
  static final long DAY_MILLIS = 86_400_000L;

  /**
   * One simulated day: its number (0 for the first 24 hours), how many events of each type it had,
   * and those of them the cap left room for.
   */
  record Day(long day, Map<String, Integer> countsByType, List<EventRecord> listed) {
    int count() {
      return countsByType.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  EventDays {
    days = List.copyOf(days);
  }

  static EventDays of(List<EventRecord> events, int maxRows) {
    if (maxRows < 0) {
      throw new IllegalArgumentException("maxRows must not be negative, was " + maxRows);
    }
    Map<Long, Map<String, Integer>> counts = new TreeMap<>();
    Map<Long, List<EventRecord>> listed = new TreeMap<>();
    int rows = 0;
    int total = 0;
    for (EventRecord e : events) {
      if (!EventSelection.WORTH_READING.contains(e.type())) {
        continue;
      }
      long day = Math.floorDiv(e.timeMillis(), DAY_MILLIS);
      counts.computeIfAbsent(day, d -> new TreeMap<>()).merge(e.type(), 1, Integer::sum);
      List<EventRecord> ofDay = listed.computeIfAbsent(day, d -> new ArrayList<>());
      if (rows < maxRows) {
        ofDay.add(e);
        rows++;
      }
      total++;
    }
    List<Day> days = new ArrayList<>();
    counts.forEach((day, byType) -> days.add(new Day(day, byType, List.copyOf(listed.get(day)))));
    return new EventDays(days, rows, total);
  }
}
