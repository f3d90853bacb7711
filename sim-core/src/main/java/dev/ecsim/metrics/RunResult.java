package dev.ecsim.metrics;

import java.util.List;

/**
 * Everything one simulated run produced: the summary, the per-period series, every task, the
 * event log and, when asked for, the explanation of every placement decision. Reports turn this into files; nothing here knows about files.
 */
public record RunResult(
    String scenarioName,
    String scenarioDescription,
    Summary summary,
    TimeSeries series,
    List<TaskRecord> tasks,
    List<EventRecord> events,
    List<PlacementExplanation> placements) {}
