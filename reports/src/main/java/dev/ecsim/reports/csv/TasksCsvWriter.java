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
 * <p>The last column, {@code createdAtTimestamp}, is createdAt as a UTC ISO-8601 instant counted
 * from the scenario's startTime, after the columns ECS names, so that pandas and spreadsheets date
 * each task without arithmetic and readers of the earlier columns by position are undisturbed. One
 * column, not one per lifecycle time: the six took a million-task tasks.csv from 208 MB to 357 MB
 * and the run 40 % longer (docs/benchmarks.md), to repeat what the seconds columns say.
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
          "createdAtTimestamp");

  public static void write(List<TaskRecord> tasks, Instant start, Path file) throws IOException {
    try (Writer out = CsvFiles.utf8Writer(file)) {
      write(tasks, start, out);
    }
  }

  public static void write(List<TaskRecord> tasks, Instant start, Appendable out) throws IOException {
    CsvTimestamps timestamps = new CsvTimestamps(start);
    try (CSVPrinter csv = CsvFiles.printer(out, HEADER.toArray(String[]::new))) {
      for (TaskRecord t : tasks) {
        print(csv, timestamps, t);
      }
    }
  }

  /**
   * A sink that writes each task it is given as a row of {@code file} (created with its header
   * now) and closes the file when the run finishes. A failed write surfaces as an {@code
   * UncheckedIOException} from the run.
   */
  public static Sink open(Path file, Instant start) throws IOException {
    return new Sink(CsvFiles.printer(CsvFiles.utf8Writer(file), HEADER.toArray(String[]::new)), new CsvTimestamps(start));
  }

  /** Rows written as tasks come; {@link #close} (or the run's finish) flushes and closes the file. */
  public static final class Sink extends CsvRowSink<TaskRecord> implements TaskRecordSink {
    private Sink(CSVPrinter csv, CsvTimestamps timestamps) {
      super(csv, (printer, t) -> print(printer, timestamps, t));
    }
  }

  private static void print(CSVPrinter csv, CsvTimestamps timestamps, TaskRecord t) throws IOException {
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
        timestamps.format(t.createdAt()));
  }

  private static String text(Optional<String> value) {
    return value.orElse("");
  }

  private static String seconds(OptionalLong millis) {
    return millis.isPresent() ? CsvNumbers.seconds(millis.getAsLong()) : "";
  }
}
