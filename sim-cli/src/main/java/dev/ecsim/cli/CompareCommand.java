package dev.ecsim.cli;

import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.ComparisonWriter;
import dev.ecsim.reports.compare.Comparison;
import dev.ecsim.run.Simulation;
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
    description = {"Simulate several scenarios with one seed and print their figures side by side.",
        "Rows: cost (total, per capacity provider, per purchase option, idle), reservation, instances, each job's "
            + "mean and p95 wait, start latency per provider; then the cheapest scenario and the one whose jobs "
            + "waited least.",
        "Every scenario runs with the same seed, so all see the same arrivals and durations (common random numbers): "
            + "the --seed given, else the first file's; likewise one duration. With -o, also writes compare.csv (one "
            + "row per figure, one column per scenario) into DIR, atomically; other files in DIR are left alone."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:unexpected internal error (see --debug)",
        "2:invalid scenario or options, or fewer than two scenarios"})
final class CompareCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "SCENARIO.yaml",
      description = "Two or more scenarios to compare; a file with variants gives one scenario per variant.")
  List<Path> files;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Also write compare.csv into this directory.")
  Path output;

  @Option(names = "--seed", paramLabel = "N",
      description = "Seed for every scenario (default: the first file's seed).")
  Long seed;

  @Option(names = "--horizon", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Simulate every scenario this long, e.g. 2d, 12h, 90m (default: the first file's duration).")
  Long horizonMillis;

  @Option(names = "--quiet", description = "Print nothing on success (notes about seeds and durations still go to stderr).")
  boolean quiet;

  @Spec
  CommandSpec spec;

  /** What every scenario is run with, and what the user should be told about it. */
  record CommonSettings(long seed, long durationMillis, List<String> notes) {}

  @Override
  public Integer call() throws InvalidScenarioException {
    if (output != null && Files.exists(output) && !Files.isDirectory(output)) {
      throw new InvalidOptionException("-o " + output + " is a file; give a directory for compare.csv");
    }
    ScenarioColumns columns = ScenarioColumns.load(files);
    List<Scenario> scenarios = columns.scenarios();
    List<String> fileNames = columns.sources();
    CommonSettings common = commonSettings(scenarios, fileNames, seed, horizonMillis);
    var err = spec.commandLine().getErr();
    common.notes().forEach(n -> err.println("ecsim: " + n));
    err.flush();

    List<Summary> summaries = new ArrayList<>();
    for (Scenario s : scenarios) {
      summaries.add(Simulation.build(s.withSeed(common.seed()).withDuration(common.durationMillis())).run().summary());
    }
    Comparison comparison = Comparison.of(columnLabels(columns.names(), fileNames), summaries);
    if (output != null) {
      try {
        ComparisonWriter.write(comparison, output);
      } catch (IOException e) {
        throw new InvalidOptionException("cannot write " + output.resolve(ComparisonWriter.COMPARE_CSV) + ": "
            + e.getMessage());
      }
    }
    if (!quiet) {
      var out = spec.commandLine().getOut();
      out.printf("%d scenarios, seed %d, %s simulated each%n", scenarios.size(), common.seed(),
          duration(common.durationMillis()));
      out.print(ComparisonText.format(comparison));
      if (output != null) {
        out.println("table: " + output.resolve(ComparisonWriter.COMPARE_CSV));
      }
      out.flush();
    }
    return 0;
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
