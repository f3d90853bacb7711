package dev.ecsim.cli;

import dev.ecsim.metrics.EventSink;
import dev.ecsim.metrics.Replicated;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.TaskRecordSink;
import dev.ecsim.reports.ReportOptions;
import dev.ecsim.reports.ReportWriter;
import dev.ecsim.reports.summary.RunFacts;
import dev.ecsim.metrics.Replicated;
import dev.ecsim.run.ReplicatedRun;
import dev.ecsim.run.Simulation;
import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.RunLimits;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.ScenarioFile;
import dev.ecsim.scenario.Variant;
import dev.ecsim.scenario.read.ScenarioLoader;
import dev.ecsim.scenario.yaml.Names;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Simulate a scenario and write its report.",
        "Writes summary.json, run.json, timeseries.csv, tasks.csv, events.csv, charts/ and report.html into the output "
            + "directory, atomically: an interrupted run leaves any earlier report untouched."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:unexpected internal error (see --debug)", "2:invalid scenario or options",
        "3:the report could not be written (the operating system's reason is given)",
        "4:a run reached a limit on what it may hold (tasks alive at once, memory)"})
final class RunCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario to simulate.")
  Path scenarioFile;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Output directory (default: out/<scenario name>; for a variant, "
          + "out/<scenario name>-<variant name>).")
  Path output;

  @Option(names = "--variant", paramLabel = "NAME",
      description = "Run this one of the file's variants (its variants: list) instead of the base scenario; the "
          + "output directory defaults to out/<scenario name>-<variant name>.")
  String variant;

  @Option(names = "--seed", paramLabel = "N", description = "Seed for this run (default: the scenario's seed).")
  Long seed;

  @Option(names = "--replications", paramLabel = "N", defaultValue = "1",
      description = "Run seeds seed..seed+N-1 and report means with 95%% confidence half-widths (default: ${DEFAULT-VALUE}).")
  int replications;

  @Option(names = "--horizon", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Simulate this long instead of the scenario's duration, e.g. 2d, 12h, 90m.")
  Long horizonMillis;

  @Option(names = "--no-charts", description = "Skip the charts (faster).")
  boolean noCharts;

  @Option(names = "--quiet", description = "Print nothing on success.")
  boolean quiet;

  @Option(names = "--progress",
      description = "Show a progress bar on standard error (default: only at a terminal, and not with --quiet).")
  boolean showProgress;

  @Option(names = "--explain-placement",
      description = "Also write placements.jsonl: for every placement decision the candidates, what removed each, "
          + "how the strategy ranked the rest and the winner (first replication).")
  boolean explainPlacement;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InvalidScenarioException {
    if (replications < 1 || replications > 10_000) {
      throw new InvalidOptionException("--replications " + replications + " is out of range; valid: 1 to 10000");
    }
    Scenario scenario = variant == null ? ScenarioLoader.load(scenarioFile)
        : variant(ScenarioLoader.loadFile(scenarioFile));
    if (seed != null) {
      scenario = scenario.withSeed(seed);
    }
    if (horizonMillis != null) {
      scenario = scenario.withDuration(horizonMillis);
      RunLimits.metricsProblem(horizonMillis, scenario.metricsPeriodMillis(), RunLimits.series(scenario)).ifPresent(problem -> {
        throw new InvalidOptionException("--horizon: " + problem);
      });
    }
    Scenario base = scenario;
    Path outDir = output != null ? output : Path.of("out", scenario.name());
    Replicated<Summary> summaries;
    try {
      // tasks.csv and events.csv are written as the first replication's tasks stop and events happen,
      // into the report's temporary directory: no run holds every task or event. The other
      // replications keep only their summaries.
      summaries = ReportWriter.runAndWrite(outDir, new ReportOptions(!noCharts, scenario.startTime()),
          (tasks, events) -> replicate(base, tasks, events)).summaries();
    } catch (IOException e) {
      // Most often a bad -o (not writable, or a directory that holds other files): the user's to fix.
      throw new OutputException("cannot write the report to " + outDir, e);
    } catch (java.io.UncheckedIOException e) {
      // tasks.csv and events.csv are written while the run goes: a full disk shows up here.
      throw new OutputException("cannot write the report to " + outDir, e.getCause());
    }
    if (!quiet) {
      var out = spec.commandLine().getOut();
      out.print(HeadlineTable.format(summaries));
      out.println("report: " + outDir.resolve("report.html"));
      out.flush();
    }
    return 0;
  }

  /** Runs the replications one after another; the first one's tasks and events go to the sinks. */
  private ReportWriter.Finished replicate(Scenario scenario, TaskRecordSink tasks, EventSink events) {
    long start = System.nanoTime();
    ReplicatedRun.Outcome outcome;
    try (ProgressDisplay progress = ProgressDisplay.open(scenario.name(), replications,
        ProgressDisplay.wanted(showProgress, quiet), spec.commandLine().getErr())) {
      outcome = ReplicatedRun.run(scenario, replications, ReplicatedRun.Settings.defaults()
          .withProgress(progress::step).withFirstSinks(tasks, events).explainingFirst(explainPlacement));
    } catch (InterruptedException e) {
      // One thread runs on this one: nothing waits that could be interrupted, but say so if it was.
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    Replicated<Summary> runs = outcome.summaries();
    long wallMillis = (System.nanoTime() - start) / 1_000_000;
    return new ReportWriter.Finished(outcome.first(), runs, RunFacts.of(VersionProvider.version(), runs, wallMillis));
  }

  /** The variant --variant names; an unknown name is refused with the valid ones. */
  private Scenario variant(ScenarioFile file) {
    List<String> names = file.variantNames();
    return file.variant(variant).map(Variant::scenario).orElseThrow(() -> new InvalidOptionException(
        names.isEmpty()
            ? "--variant " + variant + ": " + scenarioFile + " has no variants; leave out --variant to run it"
            : "--variant " + variant + ": no such variant in " + scenarioFile + Names.didYouMean(variant, names)
                + "; valid: " + String.join(", ", names)));
  }
}
