package dev.ecsim.reports;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventSink;
import dev.ecsim.metrics.EventType;
import dev.ecsim.reports.chart.ChartEvents;
import dev.ecsim.reports.html.EventCounts;
import dev.ecsim.reports.html.HtmlReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What report.html and the charts read of a run's events, kept as the events stream past on their
 * way to events.csv: the counts of every type and day, the first {@link HtmlReport#MAX_DAY_ROWS}
 * events of each type (all the report can list), and the events the charts mark ({@link
 * ChartEvents}). The rest (a year of instance launches, alarms, placement failures) is in
 * events.csv only. The events kept stay in log order.
 */
final class ReportEvents implements EventSink {
  private final EventSink next;
  private final EventCounts counts = EventCounts.empty();
  /** The events kept, each with its ordinal among the events of its type (1 for the first). */
  private final List<Kept> kept = new ArrayList<>();
  private final Map<EventType, Integer> seenOfType = new EnumMap<>(EventType.class);
  private final Set<String> noticed = new HashSet<>();
  private int registrations;

  private record Kept(EventRecord event, int ordinal) {}

  /** @param next where every event goes on to (the events.csv writer) */
  ReportEvents(EventSink next) {
    this.next = next;
  }

  @Override
  public void accept(EventRecord e) {
    next.accept(e);
    counts.add(e);
    int ordinal = seenOfType.merge(e.type(), 1, Integer::sum);
    if (ChartEvents.isNotice(e.type())) {
      ChartEvents.containerInstance(e).ifPresent(noticed::add);
    }
    if (e.type() == ChartEvents.REGISTERED && ++registrations == ChartEvents.TIMELINE_MAX_INSTANCES + 1) {
      // Too many instances for the timeline: its registrations and terminations go, but for the
      // report's first ones and the terminations the instances chart marks.
      kept.removeIf(k -> !keptForGood(k.event(), k.ordinal()));
    }
    if (keptForGood(e, ordinal) || registrations <= ChartEvents.TIMELINE_MAX_INSTANCES
        && (e.type() == ChartEvents.REGISTERED || e.type() == ChartEvents.TERMINATED)) {
      kept.add(new Kept(e, ordinal));
    }
  }

  /** Kept whatever the run's size: listed by the report, or marked on a chart. */
  private boolean keptForGood(EventRecord e, int ordinal) {
    return ordinal <= HtmlReport.MAX_DAY_ROWS
        || ChartEvents.MARKED.contains(e.type())
        || e.type() == ChartEvents.TERMINATED
            && ChartEvents.containerInstance(e).filter(noticed::contains).isPresent();
  }

  @Override
  public void finish() {
    next.finish();
  }

  List<EventRecord> events() {
    return kept.stream().map(Kept::event).toList();
  }

  EventCounts counts() {
    return counts;
  }
}
