package dev.ecsim.reports.html;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
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
  record Day(long day, Map<EventType, Integer> countsByType, List<EventRecord> listed) {
    int count() {
      return countsByType.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  EventDays {
    days = List.copyOf(days);
  }

  static EventDays of(List<EventRecord> events, int maxRows) {
    return of(events, EventCounts.of(events), maxRows);
  }

  /**
   * The days from a run's kept events and the counts of its whole log. The rows listed are the
   * first {@code maxRows} events worth reading, each among the first {@code maxRows} of its type,
   * so {@code events} need hold only those of each type, in log order; it may hold more.
   */
  static EventDays of(List<EventRecord> events, EventCounts all, int maxRows) {
    if (maxRows < 0) {
      throw new IllegalArgumentException("maxRows must not be negative, was " + maxRows);
    }
    Map<Long, List<EventRecord>> listed = new TreeMap<>();
    int rows = 0;
    for (EventRecord e : events) {
      if (rows == maxRows) {
        break;
      }
      if (EventSelection.WORTH_READING.contains(e.type())) {
        listed.computeIfAbsent(Math.floorDiv(e.timeMillis(), DAY_MILLIS), d -> new ArrayList<>()).add(e);
        rows++;
      }
    }
    List<Day> days = new ArrayList<>();
    all.worthReadingByDay().forEach((day, byType) ->
        days.add(new Day(day, byType, List.copyOf(listed.getOrDefault(day, List.of())))));
    return new EventDays(days, rows, all.worthReading());
  }
}
