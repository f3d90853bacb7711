package dev.ecsim.scenario.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsim.scenario.ArrivalSpec;
import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.RunLimits;
import dev.ecsim.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job's arrivals replayed from a trace file: one task a row at its time, with the row's run time
 * and task definition where the file has those columns, the job's otherwise.
 */
public class ArrivalTraceTest {
  @TempDir
  Path dir;

  public static final String SCENARIO = """
      name: replay
      duration: 2h
      cluster:
        capacityProviders: [{name: FARGATE, type: fargate}]
        defaultCapacityProviderStrategy: [{capacityProvider: FARGATE}]
      taskDefinitions:
        - {family: small, cpu: 256, memory: 512, networkMode: awsvpc, requiresCompatibilities: [FARGATE],
           containerDefinitions: [{name: c, image: {name: "small:1", sizeMiB: 100}}]}
        - {family: big, cpu: 1024, memory: 2048, networkMode: awsvpc, requiresCompatibilities: [FARGATE],
           containerDefinitions: [{name: c, image: {name: "big:1", sizeMiB: 100}}]}
      jobs:
        - {name: replay, taskDefinition: small, arrivals: {trace: {file: runs.csv}}, duration: {fixed: 5m}}
      """;

  private Scenario load(String csv) throws Exception {
    Files.writeString(dir.resolve("runs.csv"), csv);
    return ScenarioLoader.load(Files.writeString(dir.resolve("replay.yaml"), SCENARIO));
  }

  @Test
  void eachRowIsATaskWithItsOwnDurationAndDefinitionWhereItGivesThem() throws Exception {
    Scenario s = load("time,duration,taskDefinition\n0s,10m,big\n0s,,\n30m,90s,small\n3h,1m,\n");

    ArrivalSpec.Trace trace = (ArrivalSpec.Trace) s.jobs().get(0).arrivals();
    assertThat(trace.arrivals()).containsExactly(
        new ArrivalSpec.TraceArrival(0, OptionalLong.of(600_000), Optional.of("big")),
        new ArrivalSpec.TraceArrival(0, OptionalLong.empty(), Optional.empty()),
        new ArrivalSpec.TraceArrival(1_800_000, OptionalLong.of(90_000), Optional.of("small")),
        new ArrivalSpec.TraceArrival(10_800_000, OptionalLong.of(60_000), Optional.empty()));
    assertThat(trace.taskDefinitions()).containsExactly("big", "small");
    // The row at 3 h lies past the 2 h horizon: three tasks in the run.
    assertThat(RunLimits.arrivals(trace, s.durationMillis(), s.startTime(), Long.MAX_VALUE)).isEqualTo(3);
  }

  @Test
  void theTimeColumnAloneIsEnough() throws Exception {
    Scenario s = load("time\n0\n60\n120.5\n");
    ArrivalSpec.Trace trace = (ArrivalSpec.Trace) s.jobs().get(0).arrivals();
    assertThat(trace.arrivals()).extracting(ArrivalSpec.TraceArrival::atMillis).containsExactly(0L, 60_000L, 120_500L);
  }

  @Test
  void problemsAreNamedAtTheirLineOfTheTrace() {
    assertThatThrownBy(() -> load("time,duraton\n0s,1m\n")).isInstanceOfSatisfying(InvalidScenarioException.class,
        e -> assertThat(e.issues()).singleElement().satisfies(i -> assertThat(i.message()).isEqualTo(
            "runs.csv:1: the header must name the columns time (and may name duration and taskDefinition), found "
                + "time,duraton; unknown column 'duraton'; did you mean 'duration'?")));
    assertThatThrownBy(() -> load("time\n10m\n5m\n")).isInstanceOfSatisfying(InvalidScenarioException.class,
        e -> assertThat(e.issues()).singleElement().satisfies(i -> assertThat(i.message())
            .isEqualTo("runs.csv:3: time '5m' is before the row above it; list arrivals in time order")));
    assertThatThrownBy(() -> load("time,taskDefinition\n0s,bigg\n")).isInstanceOfSatisfying(
        InvalidScenarioException.class, e -> assertThat(e.issues()).singleElement().satisfies(i -> {
          assertThat(i.path()).isEqualTo("jobs[0].arrivals.trace.file");
          assertThat(i.message()).startsWith("runs.csv: a row names the unknown task definition 'bigg'; did you "
              + "mean 'big'?");
        }));
  }
}
