package dev.ecsim.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

// [library.md: imports]
import dev.ecsim.metrics.Estimate;
import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.Replicated;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.run.Simulation;
import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.util.ArrayList;
import java.util.List;
// [end]
import org.junit.jupiter.api.Test;

/**
 * The example of docs/library.md, run as a test: the regions between the {@code [library.md: ...]}
 * and {@code [end]} markers are the doc's code blocks, character for character
 * (dev.ecsim.docs.LibraryDocTest checks they still are). The expected figures are worked
 * by hand from the catalog, not read off a run: one m5.large on demand costs $0.096 an hour
 * (docs/ecs-behaviour.md §4.1), and a warm instance is billed from time 0 to the horizon.
 */
class EmbeddingExampleTest {

  @Test
  void oneOnDemandM5LargeForAnHourCostsTheCatalogsHourlyPrice() throws InvalidScenarioException {
    // [library.md: embedding]
    // One m5.large, on demand, for one hour; a job submits a 5-minute task every 10 minutes.
    String yaml = """
        name: one-hour
        duration: 1h
        metricsPeriod: 5m
        cluster:
          capacityProviders:
            - name: od
              type: ec2
              instanceTypes: [m5.large]
              purchaseOption: on-demand
              minSize: 1
              maxSize: 1
          defaultCapacityProviderStrategy:
            - {capacityProvider: od, weight: 1}
        taskDefinitions:
          - family: tick
            cpu: 512
            memory: 1GiB
            containerDefinitions:
              - name: tick
                image: {name: "tick:1", sizeMiB: 100}
        jobs:
          - name: tick
            taskDefinition: tick
            arrivals: {fixed: 10m}
            duration: 5m
        """;
    // A file would be ScenarioLoader.load(Path.of("one-hour.yaml")); both throw
    // InvalidScenarioException with every problem found, each at its line and column.
    Scenario scenario = ScenarioLoader.parse(yaml, "one-hour.yaml");

    // Tasks and events are handed to the sinks as they happen; the result keeps neither.
    List<TaskRecord> tasks = new ArrayList<>();
    List<EventRecord> events = new ArrayList<>();
    RunResult result = Simulation.build(scenario).run(percent -> {}, tasks::add, events::add);

    Summary summary = result.summary();
    double totalUsd = summary.cost().totalUsd();                      // 1 h x $0.096/h
    double instanceHours = summary.cluster().instanceHours();         // 1.0
    Summary.JobFigures tick = summary.jobs().get("tick");             // submitted 6, completed 6

    // One row per metrics period, at the period's end: 5 m, 10 m, ... 60 m.
    TimeSeries series = result.series();
    double[] cumulativeUsd = series.column(SeriesNames.cumulativeCost("od"));

    // Replications: the same scenario under seeds 1, 2, 3, figures read through the records.
    List<Summary> runs = new ArrayList<>();
    for (long seed = 1; seed <= 3; seed++) {
      runs.add(Simulation.build(scenario.withSeed(seed)).run().summary());
    }
    Estimate cost = Replicated.of(runs).estimate(s -> s.cost().totalUsd());
    // [end]

    assertThat(totalUsd).isCloseTo(0.096, within(1e-9));
    assertThat(summary.cost().byCapacityProvider()).containsOnlyKeys("od");
    assertThat(summary.cost().byPurchaseOption().get("on-demand")).isCloseTo(0.096, within(1e-9));
    assertThat(instanceHours).isCloseTo(1.0, within(1e-9));
    // A task every 10 minutes over [0, 1 h) is 6 tasks (docs/modelling.md, "Time and randomness");
    // the last, submitted at 50 m, has run its 5 minutes well before the hour is out.
    assertThat(tick.submitted()).isEqualTo(6);
    assertThat(tick.completed()).isEqualTo(6);
    assertThat(tasks).hasSize(6).allMatch(t -> t.serviceOrJob().equals("tick"));
    assertThat(result.events()).isEmpty();

    assertThat(series.rows()).isEqualTo(12);
    assertThat(series.timeMillis(0)).isEqualTo(5 * 60_000L);
    assertThat(series.timeMillis(11)).isEqualTo(60 * 60_000L);
    // The bill grows by $0.096 / 12 a period; the last row is the whole hour.
    assertThat(cumulativeUsd[0]).isCloseTo(0.008, within(1e-9));
    assertThat(cumulativeUsd[11]).isCloseTo(0.096, within(1e-9));

    // Nothing here is random (fixed arrivals and durations, a warm instance): every seed costs the
    // same, so the mean is the price and the 95 % half-width is 0.
    assertThat(cost.runs()).isEqualTo(3);
    assertThat(cost.mean()).isCloseTo(0.096, within(1e-9));
    assertThat(cost.halfWidth()).hasValue(0.0);
  }
}
