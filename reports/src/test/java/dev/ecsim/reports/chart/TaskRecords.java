package dev.ecsim.reports.chart;

import dev.ecsim.metrics.TaskRecord;
import java.util.Optional;
import java.util.OptionalLong;

/** Tasks with just the fields a chart test needs, times in milliseconds since the start. */
final class TaskRecords {
  private TaskRecords() {}

  /** The service or job of a test task: its id is OWNER-n, as sim-core names a job's tasks. */
  private static String owner(String id) {
    return id.substring(0, id.indexOf('-'));
  }

  /** A task on an EC2 instance, placed (its pull starting) and started at once, maybe stopped. */
  static TaskRecord onInstance(
      String id, String group, String instance, long placedAt, OptionalLong stoppedAt) {
    return new TaskRecord(
        id,
        owner(id),
        group,
        "web",
        "EC2",
        "od",
        Optional.of(instance),
        Optional.of("m5.large"),
        Optional.of("us-east-1a"),
        512,
        1024,
        placedAt,
        OptionalLong.of(placedAt),
        OptionalLong.of(placedAt),
        OptionalLong.of(placedAt),
        stoppedAt,
        stoppedAt,
        Optional.empty(),
        Optional.empty(),
        0);
  }

  /** A task created at {@code createdAt} that started at {@code startedAt}, or never. */
  static TaskRecord created(String id, String group, long createdAt, OptionalLong startedAt) {
    return new TaskRecord(
        id,
        owner(id),
        group,
        "etl",
        "EC2",
        "od",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        1024,
        2048,
        createdAt,
        OptionalLong.empty(),
        OptionalLong.empty(),
        startedAt,
        OptionalLong.empty(),
        OptionalLong.empty(),
        Optional.empty(),
        Optional.empty(),
        0);
  }
}
