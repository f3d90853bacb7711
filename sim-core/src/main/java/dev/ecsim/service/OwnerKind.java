package dev.ecsim.service;

/**
 * Whether a task was started by a service's scheduler (a replica or daemon service) or by RunTask
 * for a job. The submitter knows it and hands it over with the task; it is never read back from
 * the task group, which a job may set to anything, {@code service:...} included (ECS API
 * Reference: RunTask, group).
 */
enum OwnerKind {
  SERVICE("service"),
  JOB("job");

  private final String word;

  OwnerKind(String word) {
    this.word = word;
  }

  /** How a sentence names the owner: "(service web)", "(job etl)". */
  String named(String owner) {
    return "(" + word + " " + owner + ")";
  }
}
