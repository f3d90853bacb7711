package dev.ecsim.run;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.PlacementExplanation;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.TaskAggregates;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.metrics.TimeSeries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A run whose tasks a test keeps, by a sink that holds them all (fine for a test's few tasks),
 * ordered by createdAt (tasks created at the same moment in the order they were handed over).
 */
public record Recorded(RunResult result, List<TaskRecord> tasks) {

  public static Recorded run(Simulation simulation) {
    return run(simulation, percent -> { });
  }

  public static Recorded run(Simulation simulation, IntConsumer progress) {
    List<TaskRecord> tasks = new ArrayList<>();
    RunResult result = simulation.run(progress, tasks::add);
    tasks.sort(Comparator.comparingLong(TaskRecord::createdAt));
    return new Recorded(result, List.copyOf(tasks));
  }

  public Summary summary() {
    return result.summary();
  }

  public TimeSeries series() {
    return result.series();
  }

  public List<EventRecord> events() {
    return result.events();
  }

  public List<PlacementExplanation> placements() {
    return result.placements();
  }

  public TaskAggregates aggregates() {
    return result.tasks();
  }
}
