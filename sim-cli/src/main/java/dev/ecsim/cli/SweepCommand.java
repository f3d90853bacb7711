package dev.ecsim.cli;

import dev.ecsim.engine.ResourceLimitException;
import dev.ecsim.metrics.Replicated;
import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.SweepWriter;
import dev.ecsim.reports.sweep.Sweep;
import dev.ecsim.run.ReplicatedRun;
import dev.ecsim.scenario.InvalidScenarioException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Simulate a grid of scenario parameters, each point replicated, and tabulate the results.",
        "SWEEP.yaml names a base scenario (relative to the sweep file), replications, and parameters: each a path "
            + "to a field of the base scenario (e.g. services[0].autoScaling.policies[0].targetValue) and its values. "
            + "Every combination is loaded as a scenario file would be, so every value is validated the same way. "
            + "Each point runs seeds seed..seed+N-1 (the same seeds at every point), in parallel.",
        "Writes sweep.csv (one row per point: parameter values, headline figures, 95%% half-widths), charts/ "
            + "(total cost against each parameter) and sweep.html (the table and charts on one self-contained page) "
            + "into the output directory, atomically."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:unexpected internal error (see --debug)",
        "2:invalid sweep file, scenario, grid point or options",
        "3:the sweep could not be written (the operating system's reason is given)",
        "4:a run reached a limit on what it may hold (tasks alive at once, memory)"})
final class SweepCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "SWEEP.yaml", description = "The sweep to run.")
  Path sweepFile;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Output directory (default: out/<sweep file name without extension>).")
  Path output;

  @Option(names = "--replications", paramLabel = "N",
      description = "Replications per grid point (default: the sweep file's, else 1).")
  Integer replications;

  @Option(names = "--threads", paramLabel = "N",
      description = "Runs in parallel (default: the number of processors).")
  Integer threads;

  @Option(names = "--quiet", description = "Print nothing on success.")
  boolean quiet;

  @Option(names = "--progress",
      description = "Show a progress bar on standard error (default: only at a terminal, and not with --quiet).")
  boolean showProgress;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InvalidScenarioException, InterruptedException {
    int cores = Runtime.getRuntime().availableProcessors();
    int workers = threads != null ? threads : cores;
    if (workers < 1 || workers > 1024) {
      throw new InvalidOptionException("--threads " + workers + " is out of range; valid: 1 to 1024");
    }
    SweepPlan plan = SweepPlan.read(sweepFile, replications);
    int n = plan.replications();

    List<Replicated<Summary>> runs;
    try (ProgressDisplay progress = ProgressDisplay.open("sweep", plan.points() * n,
        ProgressDisplay.wanted(showProgress, quiet), spec.commandLine().getErr())) {
      runs = ReplicatedRun.summariesOfAll(plan.scenarios(), n, workers, progress::step);
    } catch (ResourceLimitException e) {
      // Which of the grid's runs stopped, so the user knows which values to change.
      throw e.scenario().isPresent() ? e.named(plan.runName(e.scenario().getAsInt(), e.replication().orElse(0))) : e;
    }

    Sweep result = plan.sweep(runs);
    Path outDir = output != null ? output : plan.defaultOutput();
    plan.write(result, SweepPlan.command(sweepFile, output, replications), outDir);
    if (!quiet) {
      var out = spec.commandLine().getOut();
      out.println(plan.headline());
      out.print(SweepText.format(result));
      out.println("table: " + outDir.resolve(SweepWriter.SWEEP_CSV));
      out.println("report: " + outDir.resolve(SweepWriter.SWEEP_HTML));
      out.flush();
    }
    return 0;
  }
}
