package dev.ecsim.metrics;

import java.util.List;
import java.util.Map;

/**
 * What one simulated run keeps once it is over: the summary, the per-period series, what its tasks
 * add up to (the tasks themselves went to a {@link TaskRecordSink} as they stopped), the event log
 * and, when asked for, the explanation of every placement decision. Reports turn this into files;
 * nothing here knows about files.
 *
 * @param purchaseOptions how each capacity provider's capacity is bought, by provider name, as
 *     summary.json spells it under {@code cost.byPurchaseOption} ({@code on-demand}, {@code spot}),
 *     in the scenario's order; for legends that name both
 * @param wallMillis how long the run took on the wall clock: a fact of the machine, for run.json,
 *     never a simulated result
 */
public record RunResult(
    String scenarioName,
    String scenarioDescription,
    Summary summary,
    TimeSeries series,
    TaskAggregates tasks,
    List<EventRecord> events,
    List<PlacementExplanation> placements,
    Map<String, String> purchaseOptions,
    long wallMillis) {

  /** A result that does not say how its providers are bought nor how long it took (tests, hand-made results). */
  public RunResult(String scenarioName, String scenarioDescription, Summary summary, TimeSeries series,
      TaskAggregates tasks, List<EventRecord> events, List<PlacementExplanation> placements) {
    this(scenarioName, scenarioDescription, summary, series, tasks, events, placements, Map.of(), 0);
  }

  /** The same result with other events kept (a report keeps a bounded selection of a streamed log). */
  public RunResult withEvents(List<EventRecord> kept) {
    return new RunResult(scenarioName, scenarioDescription, summary, series, tasks, kept, placements, purchaseOptions,
        wallMillis);
  }
}
