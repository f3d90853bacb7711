package dev.ecsim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.ecsim.scenario.yaml.FieldOverride;
import dev.ecsim.scenario.yaml.ParameterPath;
import dev.ecsim.scenario.yaml.RecordingFiles;
import dev.ecsim.scenario.yaml.SourceFiles;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sweep read and checked, ready to run wherever it runs: {@code ecsim sweep} on this machine's
 * threads, or the Spark job (sim-spark) one task per run. Both take the grid, every point's scenario
 * (the base file with the point's values set in its tree) and the seeds from here, play each run
 * through {@link ReplicatedRun}, and gather and write the results here, so the two give the same
 * bytes.
 */
public final class SweepPlan {
  /** The most runs one sweep may ask for, points x replications: a grid of three parameters of twenty values, once. */
  static final long MAX_RUNS = 10_000;

  private final Path sweepFile;
  private final SweepFile sweep;
  private final int replications;
  private final List<List<Integer>> indexes;
  private final List<Scenario> scenarios;
  /** Each point's settings as a person reads them: "path=value, path=value". */
  private final List<String> pointSettings;
  private final Runs runs;

  private SweepPlan(Path sweepFile, SweepFile sweep, int replications, List<List<Integer>> indexes,
      List<Scenario> scenarios, List<String> pointSettings, Runs runs) {
    this.sweepFile = sweepFile;
    this.sweep = sweep;
    this.replications = replications;
    this.indexes = indexes;
    this.scenarios = scenarios;
    this.pointSettings = pointSettings;
    this.runs = runs;
  }

  /**
   * Reads the sweep file and its base scenario and builds every grid point, so that a bad path or an
   * invalid point is reported (exit 2) before anything runs. {@code replications} overrides the
   * file's when not null.
   */
  public static SweepPlan read(Path sweepFile, Integer replications) throws InvalidScenarioException {
    if (replications != null && (replications < 1 || replications > 10_000)) {
      throw new InvalidOptionException("--replications " + replications + " is out of range; valid: 1 to 10000");
    }
    SweepFile sweep = SweepFile.read(sweepFile);
    int n = replications != null ? replications : sweep.replications();
    checkRuns(sweepFile, sweep, n);
    String text = ScenarioLoader.readText(sweep.scenario());
    // The base file's own problems, once rather than at every point.
    ScenarioLoader.parse(text, sweep.scenario().toString());
    checkPaths(sweepFile, sweep, text);
    List<Integer> sizes = sweep.parameters().stream().map(p -> p.values().size()).toList();
    List<List<Integer>> indexes = SweepGrid.indexes(sizes);
    List<List<Setting>> settings = new ArrayList<>();
    SentFiles.Builder files = new SentFiles.Builder();
    List<Scenario> scenarios = new ArrayList<>();
    List<ValidationIssue> issues = new ArrayList<>();
    List<String> pointSettings = new ArrayList<>();
    for (int i = 0; i < indexes.size(); i++) {
      List<Setting> point = new ArrayList<>();
      List<String> assignments = new ArrayList<>();
      for (int p = 0; p < sizes.size(); p++) {
        SweepFile.Parameter parameter = sweep.parameters().get(p);
        JsonNode value = parameter.values().get(indexes.get(i).get(p));
        point.add(new Setting(parameter.path().text(), value.toString()));
        assignments.add(parameter.path().text() + "=" + SweepFile.label(value));
      }
      settings.add(List.copyOf(point));
      pointSettings.add(String.join(", ", assignments));
      String values = "; sweep point " + (i + 1) + " sets " + String.join(", ", assignments);
      // Each point's files as this load read them, to be sent to where the point is played.
      RecordingFiles pointFiles = new RecordingFiles(SourceFiles.DISK);
      try {
        scenarios.add(scenario(text, sweep.scenario().toString(), point, pointFiles));
        files.point(pointFiles.files());
      } catch (InvalidScenarioException e) {
        e.issues().forEach(issue -> issues.add(new ValidationIssue(issue.file(), issue.line(), issue.column(),
            issue.path(), issue.message() + values)));
      }
    }
    if (!issues.isEmpty()) {
      throw new InvalidScenarioException(issues);
    }
    // Workers elsewhere have another working directory: the base file by its absolute name, under
    // which the files it refers to (traces, task definitions) were read here and are sent.
    Runs runs = new Runs(sweep.scenario().toAbsolutePath().normalize().toString(), text, n, List.copyOf(settings),
        files.build());
    return new SweepPlan(sweepFile, sweep, n, indexes, List.copyOf(scenarios), List.copyOf(pointSettings), runs);
  }

  /** Refuses a grid too large to run, before any of its points is built. */
  private static void checkRuns(Path sweepFile, SweepFile sweep, int replications) {
    long runs = replications;
    StringBuilder product = new StringBuilder();
    for (SweepFile.Parameter p : sweep.parameters()) {
      runs = Math.min(Long.MAX_VALUE / 2, runs * p.values().size());
      product.append(p.values().size()).append(" x ");
    }
    if (runs > MAX_RUNS) {
      throw new InvalidOptionException(String.format(Locale.ROOT, "%s: a sweep may run at most 10,000 "
          + "simulations (points x replications), and this one asks for %s%d replication%s = %,d; take fewer values "
          + "or fewer replications", sweepFile, product, replications, replications == 1 ? "" : "s", runs));
    }
  }

  /** Every parameter's path must name a field of the base file; all bad paths are reported together. */
  private static void checkPaths(Path sweepFile, SweepFile sweep, String text) {
    JsonNode tree;
    try {
      tree = SweepFile.YAML.readTree(text);
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
  }

  /**
   * One point's scenario: the base text loaded with the point's values set in its tree, so every
   * value is validated as if written there, and a problem is located at the base file's own lines.
   */
  private static Scenario scenario(String baseText, String baseFile, List<Setting> point, SourceFiles files)
      throws InvalidScenarioException {
    List<FieldOverride> overrides = new ArrayList<>();
    for (Setting s : point) {
      overrides.add(s.override());
    }
    return ScenarioLoader.parse(baseText, baseFile, overrides, files);
  }

  public int points() {
    return scenarios.size();
  }

  public int replications() {
    return replications;
  }

  /** Every point's scenario, in grid order (the first parameter varies slowest). */
  List<Scenario> scenarios() {
    return scenarios;
  }

  /** The runs as plain data a worker elsewhere can be sent. */
  public Runs runs() {
    return runs;
  }

  /** The output directory when none is given: out/ and the sweep file's name without its extension. */
  public Path defaultOutput() {
    String name = sweepFile.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return Path.of("out", dot > 0 ? name.substring(0, dot) : name);
  }

  /** The results: {@code perPoint} holds each point's replications in seed order, points in grid order. */
  public Sweep sweep(List<Replicated<Summary>> perPoint) {
    if (perPoint.size() != points()) {
      throw new IllegalArgumentException(points() + " points but " + perPoint.size() + " results");
    }
    List<Sweep.Parameter> parameters = sweep.parameters().stream()
        .map(p -> new Sweep.Parameter(p.path().text(), p.label(), p.values().stream().map(SweepFile::label).toList()))
        .toList();
    List<Sweep.Point> results = new ArrayList<>();
    for (int i = 0; i < perPoint.size(); i++) {
      results.add(new Sweep.Point(indexes.get(i), perPoint.get(i)));
    }
    return new Sweep(parameters, replications, results);
  }

  /**
   * The results from every run's summary in run order ({@link Runs#summary}): point by point, each
   * point's replications in seed order.
   */
  public Sweep sweepOfRuns(List<Summary> byRun) {
    if (byRun.size() != runs.count()) {
      throw new IllegalArgumentException(runs.count() + " runs but " + byRun.size() + " summaries");
    }
    List<Replicated<Summary>> perPoint = new ArrayList<>();
    for (int p = 0; p < points(); p++) {
      perPoint.add(Replicated.of(byRun.subList(p * replications, (p + 1) * replications)));
    }
    return sweep(perPoint);
  }

  /**
   * A run by its point and seed, as a stop at a limit names it, e.g. {@code sweep point 2
   * (services[0].autoScaling.policies[0].targetValue=40, ...), seed 43}; the same whether the run
   * played here or on a Spark executor.
   */
  public String runName(int point, int replication) {
    return "sweep point " + (point + 1) + " (" + pointSettings.get(point) + "), seed "
        + (scenarios.get(point).seed() + replication);
  }

  /**
   * The {@code ecsim sweep} command line with the options that shape the results, for sweep.html's
   * provenance: the same for a sweep run on a Spark cluster, whose results are the same; where the
   * runs played is not one of the options.
   */
  public static String command(Path sweepFile, Path output, Integer replications) {
    StringBuilder command = new StringBuilder("ecsim sweep ").append(sweepFile);
    if (output != null) {
      command.append(" -o ").append(output);
    }
    if (replications != null) {
      command.append(" --replications ").append(replications);
    }
    return command.toString();
  }

  /**
   * Writes sweep.csv, charts/ and sweep.html into {@code outDir}, atomically; {@code command} is the
   * command line sweep.html names as the results' provenance. A failure to write exits 3.
   */
  public void write(Sweep result, String command, Path outDir) {
    try {
      SweepSource source = new SweepSource(sweepFile.toString(), sweep.scenario().normalize().toString(), command);
      SweepWriter.write(result, source, outDir);
    } catch (IOException e) {
      throw new OutputException("cannot write the sweep to " + outDir, e);
    }
  }

  /** The line a finished sweep starts its report with: its size and base scenario. */
  public String headline() {
    return String.format(Locale.ROOT, "%d points x %d replication%s of %s", points(), replications,
        replications == 1 ? "" : "s", sweep.scenario().normalize());
  }

  /** One parameter's value at a point: the field's path and the value as JSON text. */
  public record Setting(String path, String valueJson) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    FieldOverride override() {
      ParameterPath parsed = ParameterPath.parse(path)
          .orElseThrow(() -> new IllegalStateException("not a field path: " + path));
      try {
        return new FieldOverride(parsed, JSON.readTree(valueJson));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("not JSON: " + valueJson, e);
      }
    }
  }

  /**
   * Every run of the sweep as plain serializable data, for a worker that has neither the sweep file
   * nor the base scenario nor the files it names: the base file's name (absolute; files it refers
   * to resolve against it) and text, the replications, each point's settings, and the bytes of
   * every file each point read when it was checked here. A worker reads no file of its own. Run
   * {@code i} is replication {@code i % replications} of point {@code i / replications}.
   */
  public record Runs(String baseFile, String baseText, int replications, List<List<Setting>> points, SentFiles files)
      implements Serializable {
    private static final long serialVersionUID = 2L;

    public Runs {
      points = points.stream().map(List::copyOf).toList();
      if (files.points() != points.size()) {
        throw new IllegalArgumentException(points.size() + " points but the files of " + files.points());
      }
    }

    /** How many runs: points x replications. */
    public int count() {
      return points.size() * replications;
    }

    /** Run {@code i}'s summary, as {@code ecsim sweep} plays that point and replication. */
    public Summary summary(int i) throws InvalidScenarioException {
      if (i < 0 || i >= count()) {
        throw new IndexOutOfBoundsException("run " + i + " of " + count());
      }
      int point = i / replications;
      return ReplicatedRun.replication(scenario(baseText, baseFile, points.get(point), files.of(point)),
          i % replications);
    }
  }
}
