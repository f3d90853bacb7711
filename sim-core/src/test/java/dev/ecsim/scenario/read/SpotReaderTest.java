package dev.ecsim.scenario.read;

import static dev.ecsim.testing.Scenarios.issues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.scenario.InterruptionSpec.Band;
import dev.ecsim.scenario.InterruptionSpec.Event;
import dev.ecsim.scenario.InterruptionSpec.Rate;
import dev.ecsim.scenario.InterruptionSpec.Times;
import dev.ecsim.scenario.InterruptionSpec.Trace;
import dev.ecsim.scenario.InterruptionSpec;
import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.ReclaimSpec;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.SpotPriceHistory.Change;
import dev.ecsim.scenario.SpotPriceHistory;
import dev.ecsim.scenario.SpotSpec;
import dev.ecsim.scenario.ValidationIssue;
import dev.ecsim.testing.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A capacity provider's {@code spot:} block: defaults, every field, and every refusal at its line
 * and column. The spot lines start at line 18 (EC2) or 15 (Fargate Spot), column 9.
 */
class SpotReaderTest {
  private static final String HEAD = """
      name: spot
      duration: 1h
      taskDefinitions:
        - family: web
          cpu: 512
          memory: 1024
          networkMode: awsvpc
          requiresCompatibilities: [EC2, FARGATE]
          containerDefinitions: [{name: c, image: "web:1"}]
      cluster:
        capacityProviders:
      """;
  private static final String EC2_SPOT = HEAD + """
          - name: sp
            type: ec2
            instanceTypes: [m5.large]
            purchaseOption: spot
            desiredSize: 1
      """;
  private static final String FARGATE_SPOT = HEAD + """
          - name: FARGATE_SPOT
            type: fargate-spot
      """;
  private static final String PATH = "cluster.capacityProviders[0].spot.";

  @TempDir
  Path dir;

  /** The EC2 spot provider with these lines in its {@code spot:} block, the first at line 18. */
  private static String ec2(String... spotLines) {
    return EC2_SPOT + spotBlock(spotLines);
  }

  /** FARGATE_SPOT with these lines in its {@code spot:} block, the first at line 15. */
  private static String fargate(String... spotLines) {
    return FARGATE_SPOT + spotBlock(spotLines);
  }

  private static String spotBlock(String... lines) {
    StringBuilder b = new StringBuilder("      spot:\n");
    for (String line : lines) {
      b.append("        ").append(line).append('\n');
    }
    return b.toString();
  }

  private static SpotSpec spot(String yaml) {
    return Scenarios.parse(yaml).cluster().capacityProviders().get(0).spot();
  }

  @Test
  void aSpotProviderWithoutSettingsGetsTheDefaults() {
    // EC2: the "<5%" band (ecsim choice); Fargate Spot: 5 % a month (ecsim decision 5).
    assertThat(spot(EC2_SPOT)).isEqualTo(
        new SpotSpec(OptionalDouble.empty(), Band.UNDER_5, Optional.empty(), false, false));
    SpotSpec fargate = spot(FARGATE_SPOT);
    assertThat(fargate.priceRatio()).isEmpty();
    assertThat(fargate.reclaim()).isEmpty();
    // -ln(0.95) / 730 h = 0.0512933 / 730 = 7.02648e-5 per task-hour
    assertThat(((Rate) fargate.interruption()).perHour()).isCloseTo(7.02648e-5, within(1e-10));
  }

  @Test
  void onDemandCapacityIsNeverInterruptedAndTheBuiltInFargateSpotHasItsDefault() {
    Scenario s = Scenarios.parse(HEAD + """
            - {name: od, type: ec2, instanceTypes: [m5.large], desiredSize: 1}
        jobs:
          - name: j
            taskDefinition: web
            arrivals: {times: [0s]}
            duration: 1m
            capacityProviderStrategy: [{capacityProvider: FARGATE}, {capacityProvider: FARGATE_SPOT}]
        """);
    assertThat(s.cluster().capacityProvider("od").orElseThrow().spot()).isEqualTo(SpotSpec.NONE);
    assertThat(s.cluster().capacityProvider("FARGATE").orElseThrow().spot()).isEqualTo(SpotSpec.NONE);
    assertThat(s.cluster().capacityProvider("FARGATE_SPOT").orElseThrow().spot()).isEqualTo(SpotSpec.fargateSpotDefault());
  }

  @Test
  void readsTheArchitectureExamples() {
    assertThat(spot(ec2("{interruptionFrequency: \"5-10%\", priceRatio: 0.35}"))).isEqualTo(
        new SpotSpec(OptionalDouble.of(0.35), Band.FROM_5_TO_10, Optional.empty(), false, false));
    assertThat(spot(fargate("{interruptionFrequency: \"<5%\"}")).interruption()).isEqualTo(Band.UNDER_5);
  }

  @Test
  void readsEveryBandAsTheAdvisorAndTheReferenceWriteIt() {
    assertThat(List.of("\"<5%\"", "\"5-10%\"", "\"10-15%\"", "\"15-20%\"", "\">20%\"", "\"5–10 %\"", "\"< 5 %\""))
        .extracting(b -> spot(ec2("interruptionFrequency: " + b)).interruption())
        .containsExactly(Band.UNDER_5, Band.FROM_5_TO_10, Band.FROM_10_TO_15, Band.FROM_15_TO_20, Band.OVER_20,
            Band.FROM_5_TO_10, Band.UNDER_5);
  }

  @Test
  void readsARateReclaimDrainingAndRebalancing() {
    SpotSpec s = spot(ec2("interruptionRate: 2/d", "reclaim: {share: 0.5}", "draining: true",
        "capacityRebalancing: true"));
    // 2 per day = 2 / 24 per hour
    assertThat(s).isEqualTo(new SpotSpec(OptionalDouble.empty(), new Rate(2.0 / 24),
        Optional.of(new ReclaimSpec(0.5)), true, true));
    assertThat(spot(ec2("interruptionRate: 0.5/h")).interruption()).isEqualTo(new Rate(0.5));
    assertThat(spot(fargate("interruptionRate: 3/d")).interruption()).isEqualTo(new Rate(0.125));
  }

  @Test
  void readsTimesAndMergesATimeListedTwice() {
    Times times = (Times) spot(ec2("interruptionTimes: [30m, 2h, 2h]")).interruption();
    assertThat(times.atMillis()).containsExactly(1_800_000L, 7_200_000L, 7_200_000L);
    assertThat(times.events()).containsExactly(new Event(1_800_000, 1), new Event(7_200_000, 2));
    assertThat(spot(fargate("interruptionTimes: [90s]")).interruption()).isEqualTo(new Times(List.of(90_000L)));
  }

  @Test
  void anUnknownBandListsTheValidOnes() {
    assertThat(issues(ec2("interruptionFrequency: \"7%\""))).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo(PATH + "interruptionFrequency");
      assertThat(List.of(i.line(), i.column())).containsExactly(18, 32);
      assertThat(i.message()).isEqualTo("'7%' is not a band; valid: \"<5%\", \"5-10%\", \"10-15%\", \"15-20%\", "
          + "\">20%\" (Spot Instance Advisor, per month; for another rate give interruptionRate, e.g. 2/d)");
    });
  }

  @Test
  void twoProcessesAreRefusedNamingBoth() {
    assertThat(issues(ec2("interruptionFrequency: \"<5%\"", "interruptionRate: 2/d"))).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo(PATH + "interruptionRate");
      assertThat(List.of(i.line(), i.column())).containsExactly(19, 9);
      assertThat(i.message()).isEqualTo("give at most one interruption process, found interruptionFrequency and "
          + "interruptionRate; valid: interruptionFrequency, interruptionRate, interruptionTimes, interruptionTrace");
    });
  }

  @Test
  void timesAreDurationsInOrder() {
    assertThat(issues(ec2("interruptionTimes: [2h, 30m]"))).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo(PATH + "interruptionTimes[1]");
      assertThat(List.of(i.line(), i.column())).containsExactly(18, 33);
      assertThat(i.message()).isEqualTo("time 30m is before the time before it (2h); list times in order");
    });
    assertThat(issues(ec2("interruptionTimes: 2h"))).singleElement().satisfies(i -> assertThat(i.message())
        .isEqualTo("expected a list of durations from the start, e.g. [2h, 2h30m], found '2h'"));
    assertThat(issues(ec2("interruptionTimes: [2 hours]"))).singleElement().satisfies(i -> assertThat(i.message())
        .startsWith("'2 hours' is not a duration"));
  }

  @Test
  void aRateNeedsItsUnit() {
    assertThat(issues(ec2("interruptionRate: 2/week"))).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo(PATH + "interruptionRate");
      assertThat(i.message()).isEqualTo("'2/week' is not a rate; use a number per unit: 200/s, 90/m, 38.4/h, 12/d");
    });
  }

  @Test
  void reclaimGoesWithABandOrARateAndTakesAShareUpToOne() {
    assertThat(spot(ec2("reclaim: {share: 1}")).reclaim()).contains(new ReclaimSpec(1));
    assertThat(issues(ec2("interruptionTimes: [1h]", "reclaim: {share: 0.5}"))).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo(PATH + "reclaim");
      assertThat(List.of(i.line(), i.column())).containsExactly(19, 9);
      assertThat(i.message()).startsWith("'reclaim' goes with interruptionFrequency or interruptionRate, "
          + "not interruptionTimes");
    });
    assertThat(issues(ec2("reclaim: {share: 1.5}"))).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo(PATH + "reclaim.share");
      assertThat(List.of(i.line(), i.column())).containsExactly(18, 26);
      assertThat(i.message()).isEqualTo("1.5 is out of range; share is a fraction of the provider's instances of one type in"
          + " one Availability Zone above 0 and at most 1 (0.5 takes half of them)");
    });
    assertThat(issues(ec2("reclaim: {share: 0}"))).singleElement().satisfies(i ->
        assertThat(i.message()).startsWith("0 is out of range; share is a fraction"));
    assertThat(issues(ec2("reclaim: {}"))).singleElement().satisfies(i ->
        assertThat(i.message()).isEqualTo("missing required field 'share'"));
  }

  @Test
  void instanceSettingsAreRefusedOnFargateSpot() {
    List<ValidationIssue> issues = issues(fargate("draining: true", "capacityRebalancing: true",
        "reclaim: {share: 0.5}", "priceRatio: 0.3"));
    assertThat(issues).extracting(i -> i.line() + ":" + i.column() + " " + i.path()).containsExactly(
        "15:9 " + PATH + "draining", "16:9 " + PATH + "capacityRebalancing", "17:9 " + PATH + "reclaim",
        "18:21 " + PATH + "priceRatio");
    assertThat(issues.get(0).message()).isEqualTo("'draining' applies to ec2 spot providers only: it is the ECS "
        + "agent's ECS_ENABLE_SPOT_INSTANCE_DRAINING; a Fargate Spot task gets SIGTERM at the notice");
    assertThat(issues.get(3).message()).startsWith("Fargate Spot is priced from the Fargate catalog's spot rates");
  }

  @Test
  void spotSettingsOnOnDemandCapacityAndMisspeltFieldsAreRefused() {
    assertThat(issues(ec2("interruptionRate: 1/d").replace("purchaseOption: spot", "purchaseOption: on-demand")))
        .singleElement().satisfies(i -> assertThat(i.message())
            .isEqualTo("'spot' settings apply to purchaseOption: spot or type: fargate-spot only"));
    assertThat(issues(ec2("interruptionFrequncy: \"<5%\""))).singleElement().satisfies(i ->
        assertThat(i.message()).startsWith("unknown field 'interruptionFrequncy'; did you mean 'interruptionFrequency'?"));
  }

  @Test
  void readsATraceRelativeToTheScenario() throws Exception {
    Files.createDirectories(dir.resolve("traces"));
    Files.writeString(dir.resolve("traces/spot.csv"), """
        time,count
        # a lone interruption, then a reclaim of three
        90s,1
        2h,3
        10800,2
        """);
    Scenario s = ScenarioLoader.parse(ec2("interruptionTrace: traces/spot.csv"), dir.resolve("s.yaml").toString());
    assertThat(s.cluster().capacityProviders().get(0).spot().interruption()).isEqualTo(new Trace("traces/spot.csv",
        List.of(new Event(90_000, 1), new Event(7_200_000, 3), new Event(10_800_000, 2))));
  }

  @Test
  void aTracesProblemsAreReportedWithTheirLines() throws IOException {
    Files.writeString(dir.resolve("bad.csv"), """
        time,count
        2h,1
        1h,2
        3h,0
        4h,x
        soon,1
        5h
        """);
    // the file: value starts at column 28 of line 18: 8 spaces, "interruptionTrace: " is 19 characters
    assertThat(traceIssues("bad.csv")).containsExactly(
        "s.yaml:18:28: " + PATH + "interruptionTrace: bad.csv:3: time '1h' is not after the time before it ('2h'); "
            + "list times in increasing order, one line per time with its count",
        "s.yaml:18:28: " + PATH + "interruptionTrace: bad.csv:4: count '0' is not a whole number from 1 to 10,000",
        "s.yaml:18:28: " + PATH + "interruptionTrace: bad.csv:5: count 'x' is not a whole number from 1 to 10,000",
        "s.yaml:18:28: " + PATH + "interruptionTrace: bad.csv:6: time 'soon' is not a duration (90s, 2h) "
            + "or a number of seconds",
        "s.yaml:18:28: " + PATH + "interruptionTrace: bad.csv:7: expected 2 values (time, count), found 1");
    Files.writeString(dir.resolve("header.csv"), "time,rate\n0,1\n");
    Files.writeString(dir.resolve("empty.csv"), "time,count\n");
    assertThat(traceIssues("header.csv")).singleElement().satisfies(m -> assertThat(m).endsWith(
        "header.csv:1: the header must name the columns time and count, found time,rate; unknown column 'rate'"));
    assertThat(traceIssues("empty.csv")).singleElement().satisfies(m -> assertThat(m).endsWith(
        "empty.csv: an interruption trace needs at least one line after its header"));
    assertThat(traceIssues("missing.csv")).singleElement().satisfies(m -> assertThat(m)
        .contains("no interruption trace 'missing.csv' (looked for ").endsWith("; a path is relative to the scenario file)"));
  }

  @Test
  void readsAPriceHistoryRelativeToTheScenario() throws Exception {
    Files.createDirectories(dir.resolve("prices"));
    Files.writeString(dir.resolve("prices/m5.csv"), """
        time,instanceType,usdPerHour
        0s,m5.large,0.04
        # the types may interleave; each one's times increase
        0,c5.large,0.03
        6h,m5.large,0.06
        7200,c5.large,0.035
        """);
    String yaml = ec2("priceHistory: prices/m5.csv").replace("[m5.large]", "[m5.large, c5.large]");
    SpotSpec s = ScenarioLoader.parse(yaml, dir.resolve("s.yaml").toString()).cluster().capacityProviders().get(0).spot();
    assertThat(s.priceRatio()).isEmpty();
    SpotPriceHistory history = s.priceHistory().orElseThrow();
    assertThat(history.file()).isEqualTo("prices/m5.csv");
    assertThat(history.changes("m5.large")).containsExactly(new Change(0, 0.04), new Change(21_600_000, 0.06));
    assertThat(history.changes("c5.large")).containsExactly(new Change(0, 0.03), new Change(7_200_000, 0.035));
    assertThat(s.interruption()).isEqualTo(Band.UNDER_5);
  }

  @Test
  void aPriceHistorysProblemsAreReportedWithTheirLines() throws IOException {
    Files.writeString(dir.resolve("bad.csv"), """
        time,instanceType,usdPerHour
        1h,m5.large,0.04
        0s,m5.large,0
        0s,m5.xlarge,0.08
        0s,m5.large,-1
        0s,m5.large,cheap
        """);
    // the file: value starts at column 23 of line 18: 8 spaces, "priceHistory: " is 14 characters
    assertThat(priceIssues(ec2("priceHistory: bad.csv"))).containsExactly(
        "s.yaml:18:23: " + PATH + "priceHistory: bad.csv:2: the first price of m5.large must be at time 0, found '1h'",
        "s.yaml:18:23: " + PATH + "priceHistory: bad.csv:3: usdPerHour '0' is not a price; expected USD per hour "
            + "above 0, e.g. 0.0384",
        "s.yaml:18:23: " + PATH + "priceHistory: bad.csv:4: instance type 'm5.xlarge' is not one the provider launches "
            + "(valid: m5.large); did you mean 'm5.large'?",
        "s.yaml:18:23: " + PATH + "priceHistory: bad.csv:5: usdPerHour '-1' is not a price; expected USD per hour "
            + "above 0, e.g. 0.0384",
        "s.yaml:18:23: " + PATH + "priceHistory: bad.csv:6: usdPerHour 'cheap' is not a price; expected USD per hour "
            + "above 0, e.g. 0.0384");
    Files.writeString(dir.resolve("order.csv"), "time,instanceType,usdPerHour\n0,m5.large,0.04\n2h,m5.large,0.05\n"
        + "1h,m5.large,0.06\n");
    assertThat(priceIssues(ec2("priceHistory: order.csv"))).singleElement().satisfies(m -> assertThat(m).endsWith(
        "order.csv:4: time '1h' is not after the m5.large line before it ('2h'); list each type's prices in "
            + "increasing time order"));
    Files.writeString(dir.resolve("one.csv"), "time,instanceType,usdPerHour\n0,m5.large,0.04\n");
    assertThat(priceIssues(ec2("priceHistory: one.csv").replace("[m5.large]", "[m5.large, c5.large]")))
        .singleElement().satisfies(m -> assertThat(m).endsWith("priceHistory: one.csv: no price at time 0 for "
            + "c5.large; each of the provider's instanceTypes (m5.large, c5.large) needs one"));
    Files.writeString(dir.resolve("header.csv"), "time,instancetype,usdPerHour\n0,m5.large,0.04\n");
    assertThat(priceIssues(ec2("priceHistory: header.csv"))).singleElement().satisfies(m -> assertThat(m).endsWith(
        "header.csv:1: the header must name the columns time, instanceType and usdPerHour, found "
            + "time,instancetype,usdPerHour; unknown column 'instancetype'; did you mean 'instanceType'?"));
    assertThat(priceIssues(ec2("priceHistory: missing.csv"))).singleElement().satisfies(m -> assertThat(m)
        .contains("no price history 'missing.csv' (looked for ").endsWith("; a path is relative to the scenario file)"));
  }

  @Test
  void aPriceHistoryExcludesARatioAndFargateSpot() throws IOException {
    Files.writeString(dir.resolve("p.csv"), "time,instanceType,usdPerHour\n0,m5.large,0.04\n");
    assertThat(priceIssues(ec2("priceRatio: 0.3", "priceHistory: p.csv"))).containsExactly(
        "s.yaml:19:9: " + PATH + "priceHistory: give priceRatio or priceHistory, not both: the history's prices "
            + "are the spot prices, so there is nothing for a ratio to apply to");
    assertThat(priceIssues(fargate("priceHistory: p.csv"))).singleElement().satisfies(m -> assertThat(m)
        .endsWith("priceHistory: Fargate Spot is priced from the Fargate catalog's spot rates; a price history "
            + "applies to ec2 spot providers only"));
  }

  private List<String> priceIssues(String yaml) {
    try {
      ScenarioLoader.parse(yaml, dir.resolve("s.yaml").toString());
    } catch (InvalidScenarioException e) {
      return e.issues().stream().map(i -> i.format().substring(i.format().indexOf("s.yaml:"))).toList();
    }
    throw new AssertionError("expected the scenario to be invalid");
  }

  private List<String> traceIssues(String file) {
    try {
      ScenarioLoader.parse(ec2("interruptionTrace: " + file), dir.resolve("s.yaml").toString());
    } catch (InvalidScenarioException e) {
      return e.issues().stream().map(i -> i.format().substring(i.format().indexOf("s.yaml:"))).toList();
    }
    throw new AssertionError("expected the scenario to be invalid");
  }
}
