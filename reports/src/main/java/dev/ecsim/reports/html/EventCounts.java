package dev.ecsim.reports.html;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many events of each type a run logged, and of the ones worth reading ({@link
 * EventSelection#WORTH_READING}) how many each simulated day: what the report counts, kept as the
 * events stream past, so the report needs only the events it lists.
 *
 * @param byType every event, by type (in the alphabetical order of events.csv's spelling)
 * @param worthReadingByDay events worth reading, by day (0 for the first 24 hours), then by type
 */
public record EventCounts(
    SortedMap<EventType, Integer> byType, SortedMap<Long, SortedMap<EventType, Integer>> worthReadingByDay) {

  /** Types in the order the report lists their counts: alphabetical, as events.csv spells them. */
  static final Comparator<EventType> BY_SPELLING = Comparator.comparing(EventType::name);

  /** Counts that grow as events are added. */
  public static EventCounts empty() {
    return new EventCounts(new TreeMap<>(BY_SPELLING), new TreeMap<>());
  }

  /** The counts of a whole log. */
  public static EventCounts of(List<EventRecord> events) {
    EventCounts counts = empty();
    events.forEach(counts::add);
    return counts;
  }

  public void add(EventRecord e) {
    byType.merge(e.type(), 1, Integer::sum);
    if (EventSelection.WORTH_READING.contains(e.type())) {
      worthReadingByDay.computeIfAbsent(Math.floorDiv(e.timeMillis(), EventDays.DAY_MILLIS), d -> new TreeMap<>(BY_SPELLING))
          .merge(e.type(), 1, Integer::sum);
    }
  }

  public int total() {
    return byType.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Events of the types worth reading. */
  public int worthReading() {
    return byType.entrySet().stream().filter(e -> EventSelection.WORTH_READING.contains(e.getKey()))
        .mapToInt(Map.Entry::getValue).sum();
  }
}
