package dev.ecsim.cli;

import dev.ecsim.reports.ComparisonWriter;
import dev.ecsim.reports.compare.ComparisonReport;
import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Simulate several scenarios with the same seeds and print their figures side by side.",
        "Rows: cost (total, per capacity provider, per purchase option, idle), reservation, instances, each "
            + "service's running tasks, CPU, requests unserved and time below desired, each job's mean and p95 "
            + "wait, start latency per provider. Then the verdicts: the cheapest scenario (lowest total cost); the "
            + "best service SLO (fewest requests unserved, ties broken by the least time below the desired count); "
            + "the best job SLO (lowest p95 wait). Only services and jobs every scenario has are compared; with "
            + "several, the worst of them counts.",
        "Every scenario runs with the same seed, so all see the same arrivals and durations (common random numbers): "
            + "the --seed given, else the first scenario's; likewise one duration. --replications N runs seeds "
            + "seed..seed+N-1 in every scenario: figures are means with 95%% confidence half-widths (\"$12.34 ± "
            + "0.56\"), and a verdict says \"not distinguishable at 95 %%\" for each scenario a paired t-test on "
            + "the per-seed differences cannot tell from the winner. A file with variants gives one scenario per variant. Runs go in parallel "
            + "(--threads); the results do not depend on how many.",
        "With -o, writes compare.csv (one row per figure, one column per scenario; with replications a FIGURE.ci95 "
            + "row after each figure), compare.html (one self-contained page: verdicts, table, charts) and "
            + "charts/compare-*.png|svg (bars of the summary figures with error bars, and lines over time from "
            + "each scenario's first replication) into DIR. Each file is replaced atomically; other files in DIR "
            + "are left alone."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:unexpected internal error (see --debug)",
        "2:invalid scenario or options, or fewer than two scenarios",
        "3:the comparison could not be written (the operating system's reason is given)",
        "4:a run reached a limit on what it may hold (tasks alive at once, memory)"})
final class CompareCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "SCENARIO.yaml",
      description = "Two or more scenarios to compare; a file with variants gives one scenario per variant.")
  List<Path> files;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Also write compare.csv, compare.html and charts/compare-* into this directory.")
  Path output;

  @Option(names = "--seed", paramLabel = "N",
      description = "Seed for every scenario (default: the first scenario's seed).")
  Long seed;

  @Option(names = "--replications", paramLabel = "N", defaultValue = "1",
      description = "Run seeds seed..seed+N-1 in every scenario and report means with 95%% confidence half-widths "
          + "(default: ${DEFAULT-VALUE}).")
  int replications;

  @Option(names = "--horizon", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Simulate every scenario this long, e.g. 2d, 12h, 90m (default: the first scenario's duration).")
  Long horizonMillis;

  @Option(names = "--quiet", description = "Print nothing on success (notes about seeds and durations still go to stderr).")
  boolean quiet;

  @Option(names = "--threads", paramLabel = "N",
      description = "Runs in parallel (default: the number of processors); the results do not depend on it.")
  Integer threads;

  @Option(names = "--progress",
      description = "Show a progress bar on standard error (default: only at a terminal, and not with --quiet).")
  boolean showProgress;

  @Spec
  CommandSpec spec;

  /** What every scenario is run with, and what the user should be told about it. */
  record CommonSettings(long seed, long durationMillis, List<String> notes) {}

  @Override
  public Integer call() throws InvalidScenarioException, InterruptedException {
    if (replications < 1 || replications > 10_000) {
      throw new InvalidOptionException("--replications " + replications + " is out of range; valid: 1 to 10000");
    }
    if (threads != null && (threads < 1 || threads > 1024)) {
      throw new InvalidOptionException("--threads " + threads + " is out of range; valid: 1 to 1024");
    }
    if (output != null && Files.exists(output) && !Files.isDirectory(output)) {
      throw new InvalidOptionException("-o " + output + " is a file; give a directory for compare.csv and compare.html");
    }
    ScenarioColumns loaded = ScenarioColumns.load(files);
    List<Scenario> scenarios = loaded.scenarios();
    List<String> fileNames = loaded.sources();
    CommonSettings common = commonSettings(scenarios, fileNames, seed, horizonMillis);
    var err = spec.commandLine().getErr();
    common.notes().forEach(n -> err.println("ecsim: " + n));
    err.flush();
    List<String> labels = columnLabels(loaded.names(), fileNames);
    List<ComparisonRunner.Column> columns = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      columns.add(new ComparisonRunner.Column(labels.get(i), scenarios.get(i)));
    }
    return runAndReport(columns, common);
  }

  /** Runs the columns, writes the files when asked to, prints the table. */
  private int runAndReport(List<ComparisonRunner.Column> columns, CommonSettings common)
      throws InterruptedException {
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    ComparisonReport report;
    try (ProgressDisplay progress = ProgressDisplay.open("compare", columns.size() * replications,
        ProgressDisplay.wanted(showProgress, quiet), spec.commandLine().getErr())) {
      report = ComparisonRunner.run(columns, common.seed(), common.durationMillis(), replications, workers, progress);
    }
    if (output != null) {
      try {
        ComparisonWriter.write(report, output);
      } catch (IOException e) {
        throw new OutputException("cannot write the comparison to " + output, e);
      }
    }
    if (!quiet) {
      var out = spec.commandLine().getOut();
      out.println(heading(columns.size(), common, replications));
      out.print(ComparisonText.format(report.comparison()));
      if (output != null) {
        out.println("table: " + output.resolve(ComparisonWriter.COMPARE_CSV));
        out.println("report: " + output.resolve(ComparisonWriter.COMPARE_HTML));
      }
      out.flush();
    }
    return 0;
  }

  /**
   * "2 scenarios, seed 7, 1h simulated each"; with replications "2 scenarios, seeds 7..9 (3
   * replications each), 1h simulated each; figures are means, ± is the 95 % confidence
   * half-width".
   */
  static String heading(int scenarios, CommonSettings common, int replications) {
    String seeds = replications == 1 ? "seed " + common.seed()
        : "seeds " + common.seed() + ".." + (common.seed() + replications - 1) + " (" + replications
            + " replications each)";
    String text = scenarios + " scenarios, " + seeds + ", " + duration(common.durationMillis()) + " simulated each";
    return replications == 1 ? text : text + "; figures are means, ± is the 95 % confidence half-width";
  }

  /**
   * The seed and duration every scenario runs with: the options when given, else the first
   * scenario's. Common random numbers need one seed for all; costs are comparable only over one
   * duration. When the files disagree and no option settles it, a note says which was used.
   */
  static CommonSettings commonSettings(List<Scenario> scenarios, List<String> files, Long seedOption,
      Long horizonOption) {
    List<String> notes = new ArrayList<>();
    long seed = seedOption != null ? seedOption
        : common(scenarios, files, Scenario::seed, Long::toString, "seeds", "seed", "--seed N", notes);
    long duration = horizonOption != null ? horizonOption
        : common(scenarios, files, Scenario::durationMillis, CompareCommand::duration, "durations", "duration",
            "--horizon DURATION", notes);
    return new CommonSettings(seed, duration, List.copyOf(notes));
  }

  private static long common(List<Scenario> scenarios, List<String> files, ToLongFunction<Scenario> figure,
      LongFunction<String> format, String plural, String singular, String option,
      List<String> notes) {
    long first = figure.applyAsLong(scenarios.get(0));
    if (scenarios.stream().allMatch(s -> figure.applyAsLong(s) == first)) {
      return first;
    }
    List<String> each = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      each.add(files.get(i) + " " + format.apply(figure.applyAsLong(scenarios.get(i))));
    }
    notes.add("the scenarios' " + plural + " differ (" + String.join(", ", each) + "); every scenario runs with "
        + singular + " " + format.apply(first) + " from " + files.get(0) + ", so that they stay comparable; "
        + "give " + option + " to choose another");
    return first;
  }

  /**
   * Column headings: the scenario names (a variant's own name); if two share a name, the file names
   * as given instead (FILE:VARIANT for a variant); if those repeat too (one file twice), "#2", "#3"
   * after the repeats.
   */
  static List<String> columnLabels(List<String> names, List<String> files) {
    if (new HashSet<>(names).size() == names.size()) {
      return List.copyOf(names);
    }
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String file = files.get(i);
      long before = files.subList(0, i).stream().filter(file::equals).count();
      labels.add(before == 0 ? file : file + " #" + (before + 1));
    }
    return labels;
  }

  /** 7d, 1h, 90m, 45s, 1500ms: the largest unit that divides the duration. */
  static String duration(long millis) {
    long[] units = {86_400_000, 3_600_000, 60_000, 1_000};
    String[] symbols = {"d", "h", "m", "s"};
    for (int i = 0; i < units.length; i++) {
      if (millis % units[i] == 0) {
        return millis / units[i] + symbols[i];
      }
    }
    return millis + "ms";
  }
}
