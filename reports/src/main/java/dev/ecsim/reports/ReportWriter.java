package dev.ecsim.reports;

import dev.ecsim.metrics.EventSink;
import dev.ecsim.metrics.Replicated;
import dev.ecsim.metrics.Replications;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.metrics.TaskRecordSink;
import dev.ecsim.reports.chart.ChartFiles;
import dev.ecsim.reports.chart.Charts;
import dev.ecsim.reports.csv.EventsCsvWriter;
import dev.ecsim.reports.csv.TasksCsvWriter;
import dev.ecsim.reports.csv.TimeSeriesCsvWriter;
import dev.ecsim.reports.html.ChartImage;
import dev.ecsim.reports.html.EventCounts;
import dev.ecsim.reports.html.HtmlReport;
import dev.ecsim.reports.json.PlacementsJsonlWriter;
import dev.ecsim.reports.json.SummaryJsonWriter;
import dev.ecsim.reports.summary.RunFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the output files of {@code ecsim run} (listed in the README, "What a run writes") into a
 * directory, all or nothing: the directory is replaced only once every file is complete.
 */
public final class ReportWriter {
  private ReportWriter() {}

  public static final String SUMMARY_JSON = "summary.json";
  public static final String TIMESERIES_CSV = "timeseries.csv";
  public static final String TASKS_CSV = "tasks.csv";
  public static final String EVENTS_CSV = "events.csv";
  public static final String CHARTS_DIR = "charts";
  public static final String REPORT_HTML = "report.html";
  public static final String PLACEMENTS_JSONL = "placements.jsonl";
  public static final String RUN_JSON = "run.json";

  /**
   * Everything a report directory may hold: our files plus what file managers drop into a folder
   * someone opened. An existing directory with anything else is not replaced.
   */
  static final Set<String> REPORT_NAMES =
      Set.of(
          SUMMARY_JSON,
          TIMESERIES_CSV,
          TASKS_CSV,
          EVENTS_CSV,
          CHARTS_DIR,
          REPORT_HTML,
          PLACEMENTS_JSONL,
          RUN_JSON,
          ".DS_Store",
          "Thumbs.db",
          "desktop.ini");

  /**
   * What a run hands back to be written once its tasks have gone to tasks.csv: the first
   * replication's result (its series, events and charts are the report's), every replication's
   * summary, and how the runs went on this machine.
   */
  public record Finished(RunResult result, Replicated<Summary> summaries, RunFacts facts) {}

  /**
   * Runs the simulation(s) of a report, handing the tasks and events of the one reported to {@code
   * tasks} and {@code events} as they come.
   */
  @FunctionalInterface
  public interface Run {
    Finished into(TaskRecordSink tasks, EventSink events);
  }

  /**
   * Runs {@code run} with sinks that write tasks.csv and events.csv into the report's temporary
   * directory as the tasks stop and the events happen (keeping of the events what the report and
   * charts read: {@link ReportEvents}), then writes the other files from what it hands back, and
   * swaps the directory in. If the run throws, nothing replaces {@code outDir}. A sink's failure to
   * write comes out as the IOException it was.
   *
   * @param run gets the sinks for the run reported; it must call their finish (a Simulation run
   *     does), and may run further replications without them
   * @throws IOException if a file cannot be written, or {@code outDir} exists and holds files that
   *     are not an earlier report (checked before the run); either way the previous {@code outDir}
   *     is untouched
   */
  public static Finished runAndWrite(Path outDir, ReportOptions options, Run run) throws IOException {
    Finished[] finished = new Finished[1];
    write(outDir, dir -> {
      ReportEvents events;
      try (TasksCsvWriter.Sink tasks = TasksCsvWriter.open(dir.resolve(TASKS_CSV), options.startTime());
          EventsCsvWriter.Sink eventsCsv = EventsCsvWriter.open(dir.resolve(EVENTS_CSV), options.startTime())) {
        events = new ReportEvents(eventsCsv);
        finished[0] = run.into(tasks, events);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      RunResult kept = finished[0].result().withEvents(events.events());
      writeOtherFiles(kept, events.counts(), finished[0].summaries(), finished[0].facts(), dir, options);
    });
    return finished[0];
  }

  /**
   * Writes a finished run whose tasks are given as a list (tests, small runs held whole).
   *
   * @param summaries the summaries of the replications the report stands for: summary.json and
   *     every figure of report.html are read from them
   * @throws IOException if a file cannot be written, or {@code outDir} exists and holds files that
   *     are not an earlier report; either way the previous {@code outDir} is untouched
   */
  public static void write(
      RunResult result, List<TaskRecord> tasks, Replicated<Summary> summaries, RunFacts facts, Path outDir,
      ReportOptions options) throws IOException {
    write(outDir, dir -> {
      TasksCsvWriter.write(tasks, options.startTime(), dir.resolve(TASKS_CSV));
      EventsCsvWriter.write(result.events(), options.startTime(), dir.resolve(EVENTS_CSV));
      writeOtherFiles(result, EventCounts.of(result.events()), summaries, facts, dir, options);
    });
  }

  /** The seam: the same all-or-nothing replacement around any contents. */
  static void write(Path outDir, ReportContents contents) throws IOException {
    ReportDirectory.replace(outDir, REPORT_NAMES, contents);
  }

  /** Everything but tasks.csv and events.csv; {@code result} holds the events the report reads. */
  private static void writeOtherFiles(RunResult result, EventCounts eventCounts, Replicated<Summary> summaries,
      RunFacts facts, Path dir, ReportOptions options) throws IOException {
    // The JSON is written from the typed summaries here, at the edge, and read back by nothing.
    SummaryJsonWriter.write(Replications.aggregate(summaries.runs()), dir.resolve(SUMMARY_JSON));
    SummaryJsonWriter.writeValue(facts, dir.resolve(RUN_JSON));
    TimeSeriesCsvWriter.write(result.series(), options.startTime(), dir.resolve(TIMESERIES_CSV));
    if (!result.placements().isEmpty()) {
      PlacementsJsonlWriter.write(result.placements(), dir.resolve(PLACEMENTS_JSONL));
    }
    List<ChartImage> images = new ArrayList<>();
    if (options.charts()) {
      Path chartsDir = Files.createDirectory(dir.resolve(CHARTS_DIR));
      for (Charts.Drawn chart : Charts.renderAll(result, chartsDir)) {
        String name = chart.fileName();
        images.add(
            new ChartImage(
                name,
                chart.title(),
                switch (chart.family().section()) {
                  case RUN -> ChartImage.Section.RUN;
                  case SERVICES -> ChartImage.Section.SERVICES;
                },
                Files.readAllBytes(chartsDir.resolve(ChartFiles.stem(name) + ".png"))));
      }
    }
    Files.writeString(
        dir.resolve(REPORT_HTML),
        HtmlReport.render(result, eventCounts, summaries, facts, images),
        StandardCharsets.UTF_8);
  }
}
