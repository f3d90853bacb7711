package dev.ecsim.reports.chart;

import dev.ecsim.metrics.TaskRecord;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The service or job a task belongs to, and what charts call the ones they fold together, as pure
 * functions. sim-core records each task's service or job by name ({@link
 * TaskRecord#serviceOrJob()}); names are unique among services and jobs together.
 */
public final class TaskOwners {
  private TaskOwners() {}

  /** The job among {@code jobs} the task belongs to, or empty for a service's task. */
  public static Optional<String> job(TaskRecord task, Set<String> jobs) {
    return jobs.contains(task.serviceOrJob()) ? Optional.of(task.serviceOrJob()) : Optional.empty();
  }

  /** The service or job the task belongs to. */
  public static String owner(TaskRecord task) {
    return task.serviceOrJob();
  }

  /**
   * What a chart calls the services and jobs it folds into one bar or colour: "other 12 services",
   * "other 3 jobs" or "other 15 services and jobs".
   */
  public static String otherLabel(List<String> names, Set<String> jobs) {
    long jobCount = names.stream().filter(jobs::contains).count();
    String what =
        jobCount == names.size() ? "jobs" : jobCount == 0 ? "services" : "services and jobs";
    return "other " + names.size() + " " + what;
  }
}
