package dev.ecsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsim.metrics.Replicated;
import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.SweepWriter;
import dev.ecsim.reports.sweep.Sweep;
import dev.ecsim.reports.sweep.SweepSource;
import dev.ecsim.run.ReplicatedRun;
import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.ValidationIssue;
import dev.ecsim.scenario.read.ScenarioLoader;
import dev.ecsim.scenario.yaml.BoundedRead;
import dev.ecsim.scenario.yaml.FieldOverride;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
    int reps = replications != null ? replications : 0;
    if (replications != null && (reps < 1 || reps > 10_000)) {
      throw new InvalidOptionException("--replications " + reps + " is out of range; valid: 1 to 10000");
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int workers = threads != null ? threads : cores;
    if (workers < 1 || workers > 1024) {
      throw new InvalidOptionException("--threads " + workers + " is out of range; valid: 1 to 1024");
    }
    SweepFile sweep = SweepFile.read(sweepFile);
    int n = replications != null ? reps : sweep.replications();
    checkRuns(sweep, n);
    List<Scenario> points = grid(sweep);

    List<Replicated<Summary>> runs;
    try (ProgressDisplay progress = ProgressDisplay.open("sweep", points.size() * n,
        ProgressDisplay.wanted(showProgress, quiet), spec.commandLine().getErr())) {
      runs = ReplicatedRun.summariesOfAll(points, n, workers, progress::step);
    }

    List<Sweep.Parameter> parameters = sweep.parameters().stream()
        .map(p -> new Sweep.Parameter(p.path().text(), p.label(), p.values().stream().map(SweepFile::label).toList()))
        .toList();
    List<Sweep.Point> results = new ArrayList<>();
    List<List<Integer>> indexes = SweepGrid.indexes(sweep.parameters().stream().map(p -> p.values().size()).toList());
    for (int i = 0; i < points.size(); i++) {
      results.add(new Sweep.Point(indexes.get(i), runs.get(i)));
    }
    Sweep result = new Sweep(parameters, n, results);
    Path outDir = output != null ? output : Path.of("out", baseName(sweepFile));
    try {
      SweepSource source = new SweepSource(sweepFile.toString(), sweep.scenario().normalize().toString(), command());
      SweepWriter.write(result, source, outDir);
    } catch (IOException e) {
      throw new OutputException("cannot write the sweep to " + outDir, e);
    }
    if (!quiet) {
      var out = spec.commandLine().getOut();
      out.printf("%d points x %d replication%s of %s%n", points.size(), n, n == 1 ? "" : "s", sweep.scenario());
      out.print(SweepText.format(result));
      out.println("table: " + outDir.resolve(SweepWriter.SWEEP_CSV));
      out.println("report: " + outDir.resolve(SweepWriter.SWEEP_HTML));
      out.flush();
    }
    return 0;
  }

  /** The most runs one sweep may ask for, points x replications: a grid of three parameters of twenty values, once. */
  static final long MAX_RUNS = 10_000;

  /** Refuses a grid too large to run, before any of its points is built. */
  private void checkRuns(SweepFile sweep, int replications) {
    long runs = replications;
    StringBuilder product = new StringBuilder();
    for (SweepFile.Parameter p : sweep.parameters()) {
      runs = Math.min(Long.MAX_VALUE / 2, runs * p.values().size());
      product.append(p.values().size()).append(" x ");
    }
    if (runs > MAX_RUNS) {
      throw new InvalidOptionException(String.format(java.util.Locale.ROOT, "%s: a sweep may run at most 10,000 "
          + "simulations (points x replications), and this one asks for %s%d replication%s = %,d; take fewer values "
          + "or fewer replications", sweepFile, product, replications, replications == 1 ? "" : "s", runs));
    }
  }

  /**
   * The scenario of every grid point: the base file loaded with the point's values set in its tree,
   * so every value is validated as if written there, and a problem is located at the base file's
   * own lines (an overridden value's at the field it replaces). All problems (bad paths, invalid
   * points) are reported together.
   */
  private List<Scenario> grid(SweepFile sweep) throws InvalidScenarioException {
    ScenarioLoader.load(sweep.scenario()); // the base file's own problems, once rather than at every point
    JsonNode tree;
    try {
      // Loaded once above, so within the scenario file limit unless it changed since.
      byte[] text = BoundedRead.read(sweep.scenario(), ScenarioLoader.MAX_FILE_BYTES).orElseThrow(() ->
          new InvalidOptionException(sweep.scenario() + ": a scenario file may be at most 3 MiB"));
      tree = SweepFile.YAML.readTree(new String(text, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> badPaths = new ArrayList<>();
    for (SweepFile.Parameter p : sweep.parameters()) {
      p.path().set(tree.deepCopy(), p.values().get(0))
          .ifPresent(why -> badPaths.add(p.path().text() + ": " + why + " of " + sweep.scenario()));
    }
    if (!badPaths.isEmpty()) {
      throw new InvalidOptionException(sweepFile + ": " + String.join("\n" + sweepFile + ": ", badPaths));
    }
    List<Integer> sizes = sweep.parameters().stream().map(p -> p.values().size()).toList();
    List<Scenario> scenarios = new ArrayList<>();
    List<ValidationIssue> issues = new ArrayList<>();
    List<List<Integer>> indexes = SweepGrid.indexes(sizes);
    for (int i = 0; i < indexes.size(); i++) {
      List<FieldOverride> overrides = new ArrayList<>();
      List<String> assignments = new ArrayList<>();
      for (int p = 0; p < sizes.size(); p++) {
        SweepFile.Parameter parameter = sweep.parameters().get(p);
        JsonNode value = parameter.values().get(indexes.get(i).get(p));
        overrides.add(new FieldOverride(parameter.path(), value));
        assignments.add(parameter.path().text() + "=" + SweepFile.label(value));
      }
      String values = "; sweep point " + (i + 1) + " sets " + String.join(", ", assignments);
      try {
        scenarios.add(ScenarioLoader.load(sweep.scenario(), overrides));
      } catch (InvalidScenarioException e) {
        e.issues().forEach(issue -> issues.add(new ValidationIssue(issue.file(), issue.line(), issue.column(),
            issue.path(), issue.message() + values)));
      }
    }
    if (!issues.isEmpty()) {
      throw new InvalidScenarioException(issues);
    }
    return scenarios;
  }

  /** The command with the options that shape the results, for sweep.html's provenance line. */
  private String command() {
    StringBuilder command = new StringBuilder("ecsim sweep ").append(sweepFile);
    if (output != null) {
      command.append(" -o ").append(output);
    }
    if (replications != null) {
      command.append(" --replications ").append(replications);
    }
    return command.toString();
  }

  static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
