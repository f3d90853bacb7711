package dev.ecsim.reports.csv;

import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.metrics.TaskRecordSink;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code tasks.csv}: one row per task with ECS's DescribeTasks field names; times are seconds since
 * the start of the run and a lifecycle step the task never reached is an empty cell. A run streams
 * its rows through {@link #open} as its tasks stop (then those still running at the end, in
 * submission order), so no list of every task is held.
 *
 * <p>The last six columns give the same six times as UTC ISO-8601 instants counted from the
 * scenario's startTime ({@code createdAtTimestamp}, ...), after the columns ECS names, so that
 * pandas and spreadsheets get dates without arithmetic and readers of the earlier columns by
 * position are undisturbed.
 */
public final class TasksCsvWriter {
  private TasksCsvWriter() {}

  public static final List<String> HEADER =
      List.of(
          "taskId",
          "serviceOrJob",
          "group",
          "taskDefinition",
          "launchType",
          "capacityProviderName",
          "containerInstanceId",
          "instanceType",
          "availabilityZone",
          "cpu",
          "memory",
          "createdAt",
          "pullStartedAt",
          "pullStoppedAt",
          "startedAt",
          "stoppingAt",
          "stoppedAt",
          "stopCode",
          "stoppedReason",
          "costUsd",
          "createdAtTimestamp",
          "pullStartedAtTimestamp",
          "pullStoppedAtTimestamp",
          "startedAtTimestamp",
          "stoppingAtTimestamp",
          "stoppedAtTimestamp");

  /** The six lifecycle times, each with a timestamp column. */
  private static final int TIMES = 6;

  public static void write(List<TaskRecord> tasks, Instant start, Path file) throws IOException {
    try (Writer out = CsvFiles.utf8Writer(file)) {
      write(tasks, start, out);
    }
  }

  public static void write(List<TaskRecord> tasks, Instant start, Appendable out) throws IOException {
    CsvTimestamps[] timestamps = timestamps(start);
    try (CSVPrinter csv = CsvFiles.printer(out, HEADER.toArray(String[]::new))) {
      for (TaskRecord t : tasks) {
        print(csv, timestamps, t);
      }
    }
  }

  /**
   * One formatter per time column: rows come in the order tasks stop, so each column's times
   * mostly move forward and each formatter keeps reusing its cached date.
   */
  private static CsvTimestamps[] timestamps(Instant start) {
    CsvTimestamps[] timestamps = new CsvTimestamps[TIMES];
    for (int i = 0; i < TIMES; i++) {
      timestamps[i] = new CsvTimestamps(start);
    }
    return timestamps;
  }

  /**
   * A sink that writes each task it is given as a row of {@code file} (created with its header
   * now) and closes the file when the run finishes. A failed write surfaces as an {@code
   * UncheckedIOException} from the run.
   */
  public static Sink open(Path file, Instant start) throws IOException {
    return new Sink(CsvFiles.printer(CsvFiles.utf8Writer(file), HEADER.toArray(String[]::new)), timestamps(start));
  }

  /** Rows written as tasks come; {@link #close} (or the run's finish) flushes and closes the file. */
  public static final class Sink extends CsvRowSink<TaskRecord> implements TaskRecordSink {
    private Sink(CSVPrinter csv, CsvTimestamps[] timestamps) {
      super(csv, (printer, t) -> print(printer, timestamps, t));
    }
  }

  private static void print(CSVPrinter csv, CsvTimestamps[] timestamps, TaskRecord t) throws IOException {
    csv.printRecord(
        t.taskId(),
        t.serviceOrJob(),
        t.group(),
        t.taskDefinition(),
        t.launchType(),
        t.capacityProviderName(),
        text(t.containerInstanceId()),
        text(t.instanceType()),
        text(t.availabilityZone()),
        Integer.toString(t.cpu()),
        Integer.toString(t.memory()),
        CsvNumbers.seconds(t.createdAt()),
        seconds(t.pullStartedAt()),
        seconds(t.pullStoppedAt()),
        seconds(t.startedAt()),
        seconds(t.stoppingAt()),
        seconds(t.stoppedAt()),
        text(t.stopCode()),
        text(t.stoppedReason()),
        CsvNumbers.decimal(t.costUsd()),
        timestamps[0].format(t.createdAt()),
        timestamp(timestamps[1], t.pullStartedAt()),
        timestamp(timestamps[2], t.pullStoppedAt()),
        timestamp(timestamps[3], t.startedAt()),
        timestamp(timestamps[4], t.stoppingAt()),
        timestamp(timestamps[5], t.stoppedAt()));
  }

  private static String timestamp(CsvTimestamps timestamps, OptionalLong millis) {
    return millis.isPresent() ? timestamps.format(millis.getAsLong()) : "";
  }

  private static String text(Optional<String> value) {
    return value.orElse("");
  }

  private static String seconds(OptionalLong millis) {
    return millis.isPresent() ? CsvNumbers.seconds(millis.getAsLong()) : "";
  }
}
