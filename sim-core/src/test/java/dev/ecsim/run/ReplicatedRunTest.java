package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventSink;
import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.metrics.TaskRecordSink;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.testing.Scenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one entry point for replications: seed order, first-run sinks, and results that ignore the thread count. */
class ReplicatedRunTest {
  private static final int REPLICATIONS = 5;

  /** Poisson arrivals: each seed launches a different number of tasks, so a mixed-up order shows. */
  private static Scenario scenario(String name, String rate) {
    return Scenarios.parse("""
        name: %s
        duration: 2h
        seed: 11
        %s
        taskDefinitions:
          - {family: t, cpu: 1024, memory: 2048, containerDefinitions: [{name: c, image: "t:1"}]}
        jobs:
          - {name: j, taskDefinition: t, arrivals: {poisson: {rate: %s}}, duration: {exponential: {mean: 10m}}}
        """.formatted(name, Scenarios.cluster("m5.large", 3), rate));
  }

  @Test
  void oneThreadAndFourGiveTheSameSummariesInSeedOrder() throws InterruptedException {
    Scenario s = scenario("r", "60/h");
    ReplicatedRun.Outcome serial = ReplicatedRun.run(s, REPLICATIONS, ReplicatedRun.Settings.defaults());
    ReplicatedRun.Outcome parallel = ReplicatedRun.run(s, REPLICATIONS,
        ReplicatedRun.Settings.defaults().withThreads(4));
    assertThat(parallel.summaries().runs()).isEqualTo(serial.summaries().runs());
    // Replication r is seed 11 + r, run alone.
    for (int r = 0; r < REPLICATIONS; r++) {
      Summary alone = Simulation.build(s.withSeed(11 + r)).run().summary();
      assertThat(serial.summaries().runs().get(r)).as("replication %d", r).isEqualTo(alone);
    }
    List<Long> launched = serial.summaries().runs().stream().map(x -> x.tasks().launched()).distinct().toList();
    assertThat(launched).as("seeds that differ give runs that differ").hasSizeGreaterThan(1);
  }

  @Test
  void severalScenariosShareTheWorkersAndKeepTheirOrder() throws InterruptedException {
    List<Scenario> scenarios = List.of(scenario("slow", "30/h"), scenario("fast", "120/h"));
    List<ReplicatedRun.Outcome> serial = ReplicatedRun.runAll(scenarios, 3, 1, () -> {});
    List<ReplicatedRun.Outcome> parallel = ReplicatedRun.runAll(scenarios, 3, 4, () -> {});
    for (int i = 0; i < scenarios.size(); i++) {
      assertThat(parallel.get(i).summaries().runs()).isEqualTo(serial.get(i).summaries().runs());
      assertThat(parallel.get(i).first().scenarioName()).isEqualTo(scenarios.get(i).name());
      assertThat(ReplicatedRun.summariesOfAll(scenarios, 3, 2, () -> {}).get(i).runs())
          .isEqualTo(serial.get(i).summaries().runs());
    }
  }

  @Test
  void onlyTheFirstReplicationWritesToTheSinksAndEveryRunReportsProgress() throws InterruptedException {
    List<TaskRecord> tasks = new ArrayList<>();
    TaskRecordSink sink = task -> {
      synchronized (tasks) {
        tasks.add(task);
      }
    };
    AtomicInteger steps = new AtomicInteger();
    Scenario s = scenario("r", "60/h");
    ReplicatedRun.Outcome outcome = ReplicatedRun.run(s, 3, ReplicatedRun.Settings.defaults().withThreads(3)
        .withProgress(steps::incrementAndGet).withFirstSinks(sink, EventSink.discard()));
    List<TaskRecord> alone = new ArrayList<>();
    Simulation.build(s).run(p -> {}, alone::add);
    assertThat(tasks).isNotEmpty().isEqualTo(alone);
    assertThat(outcome.first().summary()).isEqualTo(outcome.summaries().first());
    assertThat(steps.get()).isEqualTo(3 * Simulation.PROGRESS_STEPS);
  }
}
