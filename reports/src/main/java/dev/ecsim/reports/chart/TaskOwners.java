package dev.ecsim.reports.chart;

import dev.ecsim.metrics.TaskRecord;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The service or job a task belongs to, read from what tasks.csv holds, as pure functions. A
 * service's tasks are in the task group {@code service:NAME}. A job's group is its task
 * definition's family (or a group of its choosing), which two jobs may share, so a job's tasks are
 * known by their ids instead: sim-core names the n-th task a job submits {@code JOB-n} and a retry
 * after a spot interruption {@code JOB-n-retry} (JobRunner). Names are unique among services and
 * jobs together, so an id of that shape names one job at most.
 */
public final class TaskOwners {
  private TaskOwners() {}

  static final String SERVICE_GROUP = "service:";
  private static final String RETRY = "-retry";

  /** The job among {@code jobs} whose task this id is, or empty for another's task. */
  public static Optional<String> job(String taskId, Set<String> jobs) {
    String id = taskId;
    while (id.endsWith(RETRY)) {
      id = id.substring(0, id.length() - RETRY.length());
    }
    int dash = id.lastIndexOf('-');
    if (dash <= 0 || dash == id.length() - 1) {
      return Optional.empty();
    }
    for (int i = dash + 1; i < id.length(); i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') {
        return Optional.empty();
      }
    }
    String name = id.substring(0, dash);
    return jobs.contains(name) ? Optional.of(name) : Optional.empty();
  }

  /** The service (by its task group), else the job (by the task id), else the task group. */
  public static String owner(TaskRecord task, Set<String> jobs) {
    if (task.group().startsWith(SERVICE_GROUP)) {
      return task.group().substring(SERVICE_GROUP.length());
    }
    return job(task.taskId(), jobs).orElse(task.group());
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
