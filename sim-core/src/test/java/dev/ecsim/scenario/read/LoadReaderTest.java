package dev.ecsim.scenario.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.scenario.LaunchType;
import dev.ecsim.scenario.LoadSpec;
import dev.ecsim.scenario.TaskDefinitionSpec;
import dev.ecsim.scenario.ValidationIssue;
import dev.ecsim.scenario.yaml.CsvTrace;
import dev.ecsim.workload.LoadProfile.Interpolation;
import dev.ecsim.workload.LoadProfile.Point;
import dev.ecsim.workload.LoadProfile.Spike;
import dev.ecsim.workload.LoadProfile;
import dev.ecsim.workload.MemoryModel;
import dev.ecsim.workload.ServiceLoad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code services[].load}, read from YAML snippets with every problem located. */
class LoadReaderTest {
  static final long HOUR = 3_600_000;

  @TempDir
  Path dir;

  private static List<ValidationIssue> issues(String yaml) {
    List<ValidationIssue> issues = LoadYaml.read(yaml).issues();
    assertThat(issues).as("issues").isNotEmpty();
    return issues;
  }

  @Test
  void readsTheArchitectureExampleWithDefaults() {
    LoadSpec load = LoadYaml.read("""
        load:
          requestRate: {diurnal: {min: 100/s, max: 900/s, peakAt: "14:00"}}
          capacityPerTask: 150/s
        """).valid();
    assertThat(load).isEqualTo(new LoadSpec(
        new LoadProfile.Diurnal(100, 900, LocalTime.of(14, 0), ZoneId.of("UTC"), 1, LoadYaml.START),
        150, MemoryModel.DEFAULT));
  }

  @Test
  void aBareRateIsAConstantAndEveryRateUnitReads() {
    assertThat(LoadYaml.read("load: {requestRate: 200/s, capacityPerTask: 150/s}").valid().requestRate())
        .isEqualTo(new LoadProfile.Constant(200));
    LoadSpec load = LoadYaml.read("load: {requestRate: {constant: 720/h}, capacityPerTask: 9000/m}").valid();
    assertThat(load.requestRate()).isEqualTo(new LoadProfile.Constant(0.2));
    assertThat(load.capacityPerTaskPerSecond()).isEqualTo(150);
  }

  @Test
  void readsEveryDiurnalField() {
    LoadSpec load = LoadYaml.read("""
        load:
          requestRate:
            diurnal: {min: 0/s, max: 900/s, peakAt: 9:30, timezone: Europe/Berlin, weekendFactor: 0.5}
          capacityPerTask: 150/s
          memory: {baseline: 40%, perLoad: 30}
        """).valid();
    assertThat(load.requestRate()).isEqualTo(new LoadProfile.Diurnal(
        0, 900, LocalTime.of(9, 30), ZoneId.of("Europe/Berlin"), 0.5, LoadYaml.START));
    assertThat(load.memory()).isEqualTo(new MemoryModel(40, 30));
  }

  @Test
  void readsStepsAndSpikes() {
    LoadSpec load = LoadYaml.read("""
        load:
          requestRate:
            spikes:
              base: {steps: [{at: 0s, rate: 100/s}, {at: 2h, rate: 400/s}]}
              spikes:
                - {at: 3h, duration: 10m, rate: 2000/s}
                - {at: 5h, duration: 1h, multiplier: 4}
          capacityPerTask: 150/s
        """).valid();
    assertThat(load.requestRate()).isEqualTo(new LoadProfile.Spikes(
        new LoadProfile.Steps(List.of(new Point(0, 100), new Point(2 * HOUR, 400))),
        List.of(new Spike.Add(3 * HOUR, 600_000, 2000), new Spike.Multiply(5 * HOUR, HOUR, 4))));
  }

  @Test
  void serviceLoadTakesTheTaskDefinitionsCpuAndMemory() {
    LoadSpec load = LoadYaml.read("load: {requestRate: 200/s, capacityPerTask: 150/s}").valid();
    TaskDefinitionSpec web = new TaskDefinitionSpec("web", java.util.OptionalInt.of(512),
        java.util.OptionalInt.of(1024), TaskDefinitionSpec.NetworkMode.AWSVPC, List.of(), List.of(),
        java.util.Set.of(LaunchType.FARGATE), java.util.Optional.empty(), 20);
    assertThat(load.serviceLoad(web)).isEqualTo(new ServiceLoad(150, 512, 1024, MemoryModel.DEFAULT));
  }

  @Test
  void anUnknownFieldIsReportedAtItsKeyWithASuggestion() {
    assertThat(issues("""
        load:
          requestRte: 200/s
          capacityPerTask: 150/s
        """)).extracting(ValidationIssue::format).containsExactly(
        "s.yaml:2:3: load.requestRte: unknown field 'requestRte'; did you mean 'requestRate'?; "
            + "known fields: requestRate, capacityPerTask, memory",
        "s.yaml:2:3: load: missing required field 'requestRate'");
  }

  @Test
  void aMisspeltKindIsReportedOnceWithASuggestion() {
    assertThat(issues("""
        load:
          requestRate: {diurnl: {min: 100/s, max: 900/s, peakAt: "14:00"}}
          capacityPerTask: 150/s
        """)).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("load.requestRate.diurnl");
      assertThat(i.line()).isEqualTo(2);
      assertThat(i.message()).startsWith("unknown field 'diurnl'; did you mean 'diurnal'?");
    });
  }

  @Test
  void aRequestRateNamesExactlyOneKind() {
    assertThat(issues("""
        load:
          requestRate: {constant: 200/s, steps: [{at: 0s, rate: 100/s}]}
          capacityPerTask: 150/s
        """)).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("load.requestRate");
      assertThat(i.message()).startsWith("a request rate names exactly one kind, found [constant, steps]; valid: 200/s");
    });
  }

  @Test
  void ratesMustBeAboveZeroWhereZeroMeansNothing() {
    assertThat(issues("""
        load:
          requestRate: 0/s
          capacityPerTask: 0/s
        """)).extracting(ValidationIssue::format).containsExactly(
        "s.yaml:2:16: load.requestRate: a constant request rate must be above zero",
        "s.yaml:3:20: load.capacityPerTask: capacityPerTask must be above zero");
    assertThat(issues("load: {requestRate: -5/s, capacityPerTask: 150/s}")).singleElement()
        .satisfies(i -> assertThat(i.message()).startsWith("'-5/s' is not a rate"));
  }

  @Test
  void stepsMustStartAtZeroAndBeInIncreasingTimeOrder() {
    assertThat(issues("""
        load:
          requestRate:
            steps:
              - {at: 0s, rate: 100/s}
              - {at: 2h, rate: 400/s}
              - {at: 1h, rate: 50/s}
          capacityPerTask: 150/s
        """)).extracting(ValidationIssue::format).containsExactly(
        "s.yaml:6:14: load.requestRate.steps[2].at: step at 1h is not after the step before it (at 2h); "
            + "list steps in increasing time order");
    assertThat(issues("""
        load:
          requestRate: {steps: [{at: 1m, rate: 100/s}]}
          capacityPerTask: 150/s
        """)).extracting(ValidationIssue::message).containsExactly(
        "the first step must be at 0s, found 1m; the rate before it would be unknown");
  }

  @Test
  void aDiurnalProfileReportsEachBadFieldAtItsLine() {
    assertThat(issues("""
        load:
          requestRate:
            diurnal:
              min: 900/s
              max: 100/s
              peakAt: "25:00"
              timezone: Europe/Berlinn
              weekendFactor: 11
          capacityPerTask: 150/s
        """)).extracting(ValidationIssue::format).containsExactly(
        "s.yaml:5:12: load.requestRate.diurnal.max: max 100/s is below min 900/s; "
            + "max is the rate at peakAt, min the rate 12 hours away",
        "s.yaml:6:15: load.requestRate.diurnal.peakAt: '25:00' is not a time of day; "
            + "use \"HH:MM\" from \"00:00\" to \"23:59\", e.g. \"14:00\"",
        "s.yaml:7:17: load.requestRate.diurnal.timezone: unknown time zone 'Europe/Berlinn'; "
            + "did you mean 'Europe/Berlin'?; use a tz database name such as Europe/Berlin, America/New_York or UTC",
        "s.yaml:8:22: load.requestRate.diurnal.weekendFactor: 11 is out of range; weekendFactor is a factor on the weekday rate from 0 to 10");
  }

  @Test
  void aDiurnalProfileNeedsItsThreeFields() {
    assertThat(issues("load: {requestRate: {diurnal: {max: 900/s}}, capacityPerTask: 150/s}"))
        .extracting(ValidationIssue::message)
        .containsExactly("missing required field 'min'", "missing required field 'peakAt'");
  }

  @Test
  void aSpikeGivesRateOrMultiplierAndStartsWithinTheRun() {
    assertThat(issues("""
        load:
          requestRate:
            spikes:
              base: 200/s
              spikes:
                - {at: 3h, duration: 10m, rate: 2000/s, multiplier: 4}
                - {at: 30h, duration: 10m, multiplier: 4}
                - {at: 1h, duration: 0s}
                - {at: 2h, duration: 5m, multiplier: 1001}
          capacityPerTask: 150/s
        """)).extracting(ValidationIssue::format).containsExactly(
        "s.yaml:6:11: load.requestRate.spikes.spikes[0]: a spike gives either rate (added on top of the base, "
            + "e.g. rate: 2000/s) or multiplier (the base times it, e.g. multiplier: 4), not both",
        "s.yaml:7:16: load.requestRate.spikes.spikes[1].at: the spike at 30h starts at or after the end of the run "
            + "(duration 24h)",
        "s.yaml:8:11: load.requestRate.spikes.spikes[2]: a spike gives either rate (added on top of the base, "
            + "e.g. rate: 2000/s) or multiplier (the base times it, e.g. multiplier: 4), found neither",
        "s.yaml:8:30: load.requestRate.spikes.spikes[2].duration: a spike's duration must be above zero",
        "s.yaml:9:46: load.requestRate.spikes.spikes[3].multiplier: 1,001 is out of range; multiplier is a factor on the rate from 0 to 1,000");
  }

  @Test
  void withoutAKnownRunLengthSpikesAreNotCheckedAgainstIt() {
    LoadYaml.Read read = LoadYaml.read("""
        load:
          requestRate: {spikes: {base: 200/s, spikes: [{at: 30h, duration: 10m, multiplier: 4}]}}
          capacityPerTask: 150/s
        """, dir, LoadYaml.START, OptionalLong.empty());
    assertThat(read.issues()).isEmpty();
  }

  @Test
  void theMemoryModelStaysWithinTheTasksMemory() {
    assertThat(issues("""
        load:
          requestRate: 200/s
          capacityPerTask: 150/s
          memory: {baseline: 80%, perLoad: 30%}
        """)).extracting(ValidationIssue::format).containsExactly(
        "s.yaml:4:11: load.memory: baseline + perLoad is 110.0%, above 100%: tasks would use more memory than "
            + "their task definition gives them (ecsim does not model out-of-memory kills)");
    assertThat(issues("""
        load:
          requestRate: 200/s
          capacityPerTask: 150/s
          memory: {baseline: lots, perLoad: 130%, baseLine: 1}
        """)).extracting(ValidationIssue::message).containsExactly(
        "'lots' is not a percentage; use a number from 0 to 100, e.g. 40 or 40%",
        "130% is out of range; valid: 0% to 100% of the task's memory",
        "unknown field 'baseLine'; did you mean 'baseline'?; known fields: baseline, perLoad");
  }

  @Test
  void aTraceIsReadRelativeToTheScenarioDirectory() throws IOException {
    Files.createDirectories(dir.resolve("traces"));
    Files.writeString(dir.resolve("traces/web.csv"), """
        time,rate
        # warm-up
        0s,100
        60,400
        2m,100/s

        """);
    LoadYaml.Read read = LoadYaml.read("""
        load:
          requestRate: {trace: {file: traces/web.csv, interpolate: linear}}
          capacityPerTask: 150/s
        """, dir, LoadYaml.START, OptionalLong.of(HOUR));
    assertThat(read.valid().requestRate()).isEqualTo(new LoadProfile.Trace("traces/web.csv", Interpolation.LINEAR,
        List.of(new Point(0, 100), new Point(60_000, 400), new Point(120_000, 100))));
    LoadYaml.Read step = LoadYaml.read("""
        load:
          requestRate: {trace: {file: traces/web.csv}}
          capacityPerTask: 150/s
        """, dir, LoadYaml.START, OptionalLong.of(HOUR));
    assertThat(((LoadProfile.Trace) step.valid().requestRate()).interpolation()).isEqualTo(Interpolation.STEP);
  }

  @Test
  void problemsInATraceNameItsFileAndLineAndStandAtTheFileField() throws IOException {
    Files.createDirectories(dir.resolve("traces"));
    Files.writeString(dir.resolve("traces/web.csv"), """
        time,rate
        0s,100
        1m,200
        2m,300
        3m,400
        4m,500
        5m,abc
        6m,-1
        3m,100
        7m
        forever,1
        """);
    LoadYaml.Read read = LoadYaml.read("""
        load:
          requestRate:
            trace: {file: traces/web.csv, interpolate: cubic}
          capacityPerTask: 150/s
        """, dir, LoadYaml.START, OptionalLong.of(HOUR));
    assertThat(read.load()).isEmpty();
    assertThat(read.issues()).extracting(ValidationIssue::format).containsExactly(
        "s.yaml:3:19: load.requestRate.trace.file: traces/web.csv:7: rate 'abc' is not a number",
        "s.yaml:3:19: load.requestRate.trace.file: traces/web.csv:8: rate '-1' must be a finite number of requests "
            + "per second of at least 0",
        "s.yaml:3:19: load.requestRate.trace.file: traces/web.csv:9: time '3m' is not after the point before it "
            + "('4m'); list points in increasing time order",
        "s.yaml:3:19: load.requestRate.trace.file: traces/web.csv:10: expected 2 values (time, rate), found 1",
        "s.yaml:3:19: load.requestRate.trace.file: traces/web.csv:11: time 'forever' is not a duration (90s, 2h) "
            + "or a number of seconds",
        "s.yaml:3:48: load.requestRate.trace.interpolate: 'cubic' is not valid; valid: step, linear");
  }

  @Test
  void aTraceNeedsItsFileAndItsHeader() throws IOException {
    Files.writeString(dir.resolve("bad-header.csv"), "seconds,rate\n0,100\n");
    Files.writeString(dir.resolve("late.csv"), "time,rate\n30s,100\n");
    Files.writeString(dir.resolve("empty.csv"), "");
    assertThat(traceIssues("missing.csv")).singleElement().satisfies(m -> assertThat(m)
        .startsWith("no trace file 'missing.csv' (looked for ").endsWith("; a path is relative to the scenario file)"));
    assertThat(traceIssues("bad-header.csv")).containsExactly(
        "bad-header.csv:1: the header must name the columns time and rate, found seconds,rate; unknown column 'seconds'");
    assertThat(traceIssues("late.csv")).containsExactly("late.csv:2: the first point must be at time 0, found '30s'");
    assertThat(traceIssues("empty.csv")).containsExactly(
        "empty.csv: empty; a trace file starts with the header line: time,rate");
  }

  @Test
  void aFileThatIsNoTraceIsRefusedWithoutReadingItForEverOrRepeatingIt() throws IOException {
    // A device is never read (it used to be read until memory ran out); a directory neither.
    assertThat(traceIssues("/dev/zero")).singleElement().satisfies(m ->
        assertThat(m).startsWith("trace file '/dev/zero' is not a regular file"));
    Files.createDirectories(dir.resolve("traces"));
    assertThat(traceIssues("traces")).singleElement().satisfies(m -> assertThat(m).contains("is not a regular file"));
    // A file that names none of the columns is not quoted back (it used to echo its first line).
    Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\nsecret,line\n");
    assertThat(traceIssues("passwd")).singleElement().satisfies(m -> assertThat(m)
        .isEqualTo("passwd:1: the first line must be the header naming the columns time and rate; it names none "
            + "of them (is 'passwd' a trace file?)")
        .doesNotContain("root"));
    // Past 64 MiB a trace is refused by its size, before it is read.
    Path big = dir.resolve("big.csv");
    try (var out = Files.newOutputStream(big)) {
      out.write("time,rate\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      byte[] rows = "0,1\n".repeat(1 << 20).getBytes(java.nio.charset.StandardCharsets.UTF_8); // 4 MiB
      for (int i = 0; i < 17; i++) {
        out.write(rows);
      }
    }
    assertThat(traceIssues("big.csv")).singleElement().satisfies(m ->
        assertThat(m).startsWith("trace file 'big.csv' is 68 MiB; a trace file may be at most 64 MiB and 1,000,000 rows"));
    // Small lines under the size cap can still be too many rows to hold: at most 1,000,000.
    StringBuilder many = new StringBuilder("time,rate\n");
    for (int i = 0; i <= 1_000_000; i++) {
      many.append(i).append(",1\n");
    }
    Files.writeString(dir.resolve("many.csv"), many);
    assertThat(traceIssues("many.csv")).containsExactly(
        "many.csv: more than 1,000,000 rows; a trace file may have at most that many (a minute-by-minute year is 525,600)");
  }

  @Test
  void aLongListOfTraceProblemsIsCutShort() throws IOException {
    StringBuilder csv = new StringBuilder("time,rate\n");
    for (int i = 0; i < 25; i++) {
      csv.append(i).append(",x\n");
    }
    Files.writeString(dir.resolve("bad.csv"), csv);
    List<String> messages = traceIssues("bad.csv");
    assertThat(messages).hasSize(CsvTrace.MAX_PROBLEMS + 1);
    assertThat(messages.get(CsvTrace.MAX_PROBLEMS)).isEqualTo("bad.csv: 15 more problems not shown");
  }

  @Test
  void theScenarioFilesDirectoryAnchorsRelativePaths() {
    assertThat(ScenarioLoader.directoryOf("scenarios/web.yaml")).isEqualTo(Path.of("scenarios"));
    assertThat(ScenarioLoader.directoryOf("web.yaml")).isEqualTo(Path.of(""));
    assertThat(ScenarioLoader.directoryOf("/srv/ecsim/web.yaml")).isEqualTo(Path.of("/srv/ecsim"));
  }

  private List<String> traceIssues(String file) {
    return LoadYaml.read("load: {requestRate: {trace: {file: " + file + "}}, capacityPerTask: 150/s}",
            dir, LoadYaml.START, OptionalLong.of(HOUR))
        .issues().stream().map(ValidationIssue::message).toList();
  }

  @Test
  void theStartTimeAnchorsTheDiurnalCurve() {
    Instant start = Instant.parse("2026-03-27T00:00:00Z");
    LoadSpec load = LoadYaml.read("""
        load:
          requestRate: {diurnal: {min: 100/s, max: 900/s, peakAt: "14:00", timezone: Europe/Berlin}}
          capacityPerTask: 150/s
        """, dir, start, OptionalLong.of(7 * 24 * HOUR)).valid();
    assertThat(load.requestRate().ratePerSecond(13 * HOUR)).isEqualTo(900);
  }
}
