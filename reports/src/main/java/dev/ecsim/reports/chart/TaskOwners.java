package dev.ecsim.reports.chart;

import java.util.List;
import java.util.Set;

/**
 * What charts call the services and jobs they fold together, as a pure function; names are unique
 * among services and jobs together.
 */
public final class TaskOwners {
  private TaskOwners() {}

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
