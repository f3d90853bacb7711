package dev.ecsim.scenario.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.scaling.AdjustmentType;
import dev.ecsim.scaling.AlarmSpec;
import dev.ecsim.scaling.AutoScalingSpec;
import dev.ecsim.scaling.ComparisonOperator;
import dev.ecsim.scaling.MetricAggregationType;
import dev.ecsim.scaling.PredefinedMetric;
import dev.ecsim.scaling.ScalingPolicySpec;
import dev.ecsim.scaling.ScheduledActionSpec;
import dev.ecsim.scaling.ServiceMetric;
import dev.ecsim.scaling.Statistic;
import dev.ecsim.scaling.TreatMissingData;
import dev.ecsim.scenario.yaml.LocatedYaml;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The {@code autoScaling:} block of a service (its shape in docs/scenario-reference.md), read with Application
 * Auto Scaling's and CloudWatch's defaults and ranges (docs/ecs-behaviour.md §6), every problem
 * located.
 */
class AutoScalingReaderTest {

  /** A full example block, under services[0]. */
  private static final String EXAMPLE = """
      services:
        - name: web
          autoScaling:
            minCapacity: 2
            maxCapacity: 40
            policies:
              - name: cpu60
                type: TargetTrackingScaling
                predefinedMetric: ECSServiceAverageCPUUtilization
                targetValue: 60
                scaleOutCooldown: 60s
                scaleInCooldown: 300s
              - name: burst
                type: StepScaling
                alarm: {metric: CPUUtilization, statistic: Average, comparisonOperator: GreaterThanOrEqualToThreshold,
                        threshold: 85, period: 1m, evaluationPeriods: 2, datapointsToAlarm: 2}
                adjustmentType: ChangeInCapacity
                stepAdjustments:
                  - {metricIntervalLowerBound: 0, metricIntervalUpperBound: 10, scalingAdjustment: 2}
                  - {metricIntervalLowerBound: 10, scalingAdjustment: 5}
                cooldown: 120s
            scheduledActions:
              - name: business-hours
                schedule: "cron(0 8 ? * MON-FRI *)"
                timezone: Europe/Berlin
                scalableTargetAction: {minCapacity: 10, maxCapacity: 40}
      """;

  private static YamlNodes.Parsed parsed;

  private static Optional<AutoScalingSpec> read(String yaml) {
    parsed = YamlNodes.parse(yaml);
    return AutoScalingReader.read(parsed.root().child("services").elements().get(0).child("autoScaling"));
  }

  private static List<LocatedYaml.Problem> problems(String yaml) {
    read(yaml);
    return parsed.problems();
  }

  private static LocatedYaml.Problem problem(String yaml) {
    List<LocatedYaml.Problem> all = problems(yaml);
    assertThat(all).as("problems").hasSize(1);
    return all.get(0);
  }

  @Test
  void readsTheArchitectureExample() {
    AutoScalingSpec spec = read(EXAMPLE).orElseThrow();
    assertThat(parsed.problems()).isEmpty();
    assertThat(spec.minCapacity()).isEqualTo(2);
    assertThat(spec.maxCapacity()).isEqualTo(40);
    assertThat(spec.policies()).containsExactly(
        new ScalingPolicySpec.TargetTracking("cpu60", PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION, 60,
            60_000, 300_000, false),
        new ScalingPolicySpec.StepScaling("burst", new AlarmSpec(ServiceMetric.CPU_UTILIZATION, Statistic.AVERAGE,
            ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 85, 60_000, 2, 2, TreatMissingData.MISSING),
            AdjustmentType.CHANGE_IN_CAPACITY, List.of(
                new dev.ecsim.scaling.StepAdjustment(OptionalDouble.of(0), OptionalDouble.of(10), 2),
                new dev.ecsim.scaling.StepAdjustment(OptionalDouble.of(10), OptionalDouble.empty(), 5)),
            OptionalInt.empty(), MetricAggregationType.AVERAGE, 120_000));
    assertThat(spec.scheduledActions()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("business-hours");
      assertThat(a.schedule().expression()).isEqualTo("cron(0 8 ? * MON-FRI *)");
      assertThat(a.timezone()).isEqualTo(ZoneId.of("Europe/Berlin"));
      assertThat(a.minCapacity()).hasValue(10);
      assertThat(a.maxCapacity()).hasValue(40);
      assertThat(a.startTime()).isEmpty();
    });
  }

  @Test
  void defaultsComeFromTheApis() {
    AutoScalingSpec spec = read("""
        services:
          - autoScaling:
              minCapacity: 1
              maxCapacity: 4
              policies:
                - {name: t, type: TargetTrackingScaling, predefinedMetric: ALBRequestCountPerTarget, targetValue: 1000}
                - name: s
                  type: StepScaling
                  alarm: {metric: CPUUtilization, comparisonOperator: LessThanThreshold, threshold: 20}
                  adjustmentType: PercentChangeInCapacity
                  stepAdjustments: [{metricIntervalUpperBound: 0, scalingAdjustment: -25}]
              scheduledActions:
                - {name: once, schedule: "at(2026-01-05T08:00:00)", startTime: 2026-01-01T00:00:00Z,
                   scalableTargetAction: {maxCapacity: 2}}
        """).orElseThrow();
    assertThat(parsed.problems()).isEmpty();
    // Cooldowns 300 s; scale-in enabled; alarm Average over 1 minute, 1 of 1, missing data "missing".
    assertThat(spec.policies().get(0)).isEqualTo(new ScalingPolicySpec.TargetTracking("t",
        PredefinedMetric.ALB_REQUEST_COUNT_PER_TARGET, 1000, 300_000, 300_000, false));
    ScalingPolicySpec.StepScaling step = (ScalingPolicySpec.StepScaling) spec.policies().get(1);
    assertThat(step.alarm()).isEqualTo(new AlarmSpec(ServiceMetric.CPU_UTILIZATION, Statistic.AVERAGE,
        ComparisonOperator.LESS_THAN_THRESHOLD, 20, 60_000, 1, 1, TreatMissingData.MISSING));
    assertThat(step.cooldownMillis()).isEqualTo(300_000);
    assertThat(step.metricAggregationType()).isEqualTo(MetricAggregationType.AVERAGE);
    ScheduledActionSpec once = spec.scheduledActions().get(0);
    assertThat(once.timezone()).isEqualTo(ZoneOffset.UTC);
    assertThat(once.startTime()).contains(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(once.minCapacity()).isEmpty();
  }

  @Test
  void anUnknownFieldSuggestsTheRightOne() {
    LocatedYaml.Problem p = problem(EXAMPLE.replace("scaleInCooldown: 300s", "scaleInCooldwn: 300s"));
    assertThat(p.path()).isEqualTo("services[0].autoScaling.policies[0].scaleInCooldwn");
    assertThat(p.location().line()).isEqualTo(12);
    assertThat(p.message()).startsWith("unknown field 'scaleInCooldwn'; did you mean 'scaleInCooldown'?");
  }

  @Test
  void aFieldOfTheOtherPolicyTypeSaysSo() {
    LocatedYaml.Problem p = problem(EXAMPLE.replace("scaleInCooldown: 300s", "cooldown: 300s"));
    assertThat(p.message()).isEqualTo("'cooldown' belongs to StepScaling policies; a TargetTrackingScaling policy"
        + " takes name, type, predefinedMetric, targetValue, scaleOutCooldown, scaleInCooldown, disableScaleIn");
  }

  @Test
  void badChoicesListTheValidOnes() {
    LocatedYaml.Problem type = problem(EXAMPLE.replace("type: StepScaling", "type: StepScalling"));
    assertThat(type.path()).isEqualTo("services[0].autoScaling.policies[1].type");
    assertThat(type.message()).isEqualTo("'StepScalling' is not valid; did you mean 'StepScaling'?; valid:"
        + " TargetTrackingScaling, StepScaling");
    LocatedYaml.Problem metric = problem(EXAMPLE.replace("ECSServiceAverageCPUUtilization", "CPUUtilization"));
    assertThat(metric.message()).endsWith("valid: ECSServiceAverageCPUUtilization, ECSServiceAverageMemoryUtilization,"
        + " ALBRequestCountPerTarget");
    LocatedYaml.Problem op = problem(EXAMPLE.replace("GreaterThanOrEqualToThreshold", "GreaterOrEqual"));
    assertThat(op.path()).isEqualTo("services[0].autoScaling.policies[1].alarm.comparisonOperator");
    assertThat(op.location().line()).isEqualTo(15);
  }

  @Test
  void rangesFromTheApis() {
    assertThat(problem(EXAMPLE.replace("targetValue: 60", "targetValue: 120")).message())
        .isEqualTo("120 is out of range; targetValue is a percentage above 0 and at most 100"
            + " (ECSServiceAverageCPUUtilization is in percent)");
    assertThat(problem(EXAMPLE.replace("targetValue: 60", "targetValue: 0")).message())
        .startsWith("0 is out of range; targetValue is a percentage above 0 and at most 100");
    assertThat(problem(EXAMPLE.replace("minCapacity: 2", "minCapacity: 50")).message())
        .isEqualTo("minCapacity 50 exceeds maxCapacity 40");
    assertThat(problem(EXAMPLE.replace("period: 1m", "period: 90s")).message())
        .isEqualTo("period must be a whole number of minutes (CloudWatch: a multiple of 60 s), found 90s");
    assertThat(problem(EXAMPLE.replace("datapointsToAlarm: 2", "datapointsToAlarm: 3")).message())
        .isEqualTo("3 is out of range; datapointsToAlarm is a whole number of datapoints from 1 to 2"
            + " (at most evaluationPeriods)");
    assertThat(problem(EXAMPLE.replace("period: 1m", "period: 13h")).message())
        .isEqualTo("evaluationPeriods × period is 1,560 minutes; CloudWatch allows at most one day (1,440 minutes)");
    assertThat(problem(EXAMPLE.replace("scaleOutCooldown: 60s", "scaleOutCooldown: 1500ms")).message())
        .isEqualTo("a cooldown is a whole number of seconds, found 1.5s");
    assertThat(problem(EXAMPLE.replace("cooldown: 120s", "cooldown: 120s\n          minAdjustmentMagnitude: 2"))
        .message()).isEqualTo("minAdjustmentMagnitude applies only to adjustmentType PercentChangeInCapacity,"
            + " not ChangeInCapacity");
  }

  @Test
  void quotas() {
    String fiftyOne = IntStream.range(0, 51).mapToObj(i -> "      - {name: p" + i
        + ", type: TargetTrackingScaling, predefinedMetric: ALBRequestCountPerTarget, targetValue: 100}")
        .collect(Collectors.joining("\n"));
    List<LocatedYaml.Problem> policies = problems("services:\n- autoScaling:\n    minCapacity: 1\n    maxCapacity: 2\n"
        + "    policies:\n" + fiftyOne + "\n");
    assertThat(policies).extracting(LocatedYaml.Problem::message)
        .contains("a scalable target has at most 50 scaling policies, found 51");
    String steps = IntStream.range(0, 21).mapToObj(i -> "{metricIntervalLowerBound: " + i + ", metricIntervalUpperBound: "
        + (i + 1) + ", scalingAdjustment: 1}").collect(Collectors.joining(", "));
    assertThat(problems(EXAMPLE.replaceFirst("(?s)stepAdjustments:\n.*?cooldown: 120s",
        "stepAdjustments: [" + steps + "]\n          cooldown: 120s")))
        .extracting(LocatedYaml.Problem::message)
        .contains("a step scaling policy has at most 20 step adjustments, found 21");
    String actions = IntStream.range(0, 201).mapToObj(i -> "      - {name: a" + i
        + ", schedule: \"rate(1 day)\", scalableTargetAction: {minCapacity: 1}}").collect(Collectors.joining("\n"));
    assertThat(problems("services:\n- autoScaling:\n    minCapacity: 1\n    maxCapacity: 2\n    scheduledActions:\n"
        + actions + "\n")).extracting(LocatedYaml.Problem::message)
        .containsExactly("a scalable target has at most 200 scheduled actions, found 201");
  }

  @Test
  void stepsWithAGapOrAnOverlapAreRefusedAtTheStep() {
    LocatedYaml.Problem gap = problem(EXAMPLE.replace("{metricIntervalLowerBound: 10, scalingAdjustment: 5}",
        "{metricIntervalLowerBound: 15, scalingAdjustment: 5}"));
    assertThat(gap.path()).isEqualTo("services[0].autoScaling.policies[1].stepAdjustments[1]");
    assertThat(gap.location().line()).isEqualTo(20);
    assertThat(gap.message()).isEqualTo("gap between steps: nothing covers 10 to 15 (steps must not leave gaps)");
    LocatedYaml.Problem overlap = problem(EXAMPLE.replace("{metricIntervalLowerBound: 10, scalingAdjustment: 5}",
        "{metricIntervalLowerBound: 5, scalingAdjustment: 5}"));
    assertThat(overlap.message()).isEqualTo("steps overlap from 5 to 10 (steps must not overlap)");
  }

  @Test
  void aBadCronPointsAtTheField() {
    String yaml = EXAMPLE.replace("MON-FRI", "MON-FRX");
    LocatedYaml.Problem p = problem(yaml);
    assertThat(p.path()).isEqualTo("services[0].autoScaling.scheduledActions[0].schedule");
    // The column of MON-FRX itself, inside the quoted value on line 24.
    String line = yaml.lines().toList().get(23);
    assertThat(p.location().line()).isEqualTo(24);
    assertThat(p.location().column()).isEqualTo(line.indexOf("MON-FRX") + 1);
    assertThat(p.message()).startsWith("bad Day-of-week field 'MON-FRX'");
    assertThat(problem(EXAMPLE.replace("cron(0 8 ? * MON-FRI *)", "cron(0 8 * * MON-FRI *)")).message())
        .startsWith("give '?' in exactly one of Day-of-month and Day-of-week");
  }

  @Test
  void anUnknownTimeZone() {
    LocatedYaml.Problem p = problem(EXAMPLE.replace("Europe/Berlin", "Europe/Berln"));
    assertThat(p.path()).isEqualTo("services[0].autoScaling.scheduledActions[0].timezone");
    assertThat(p.message()).isEqualTo("unknown time zone 'Europe/Berln'; did you mean 'Europe/Berlin'?; use an IANA"
        + " name such as UTC, Europe/Berlin or America/New_York");
  }

  @Test
  void scheduledActionRules() {
    assertThat(problem(EXAMPLE.replace("{minCapacity: 10, maxCapacity: 40}", "{minCapacity: 10, maxCapacity: 5}"))
        .message()).isEqualTo("minCapacity 10 exceeds maxCapacity 5");
    assertThat(problem(EXAMPLE.replace("{minCapacity: 10, maxCapacity: 40}", "{}")).message())
        .isEqualTo("scalableTargetAction sets minCapacity, maxCapacity or both");
    assertThat(problem(EXAMPLE.replace("timezone: Europe/Berlin", "timezone: Europe/Berlin\n"
        + "          startTime: 2026-02-01T00:00:00Z\n          endTime: 2026-01-01T00:00:00Z")).message())
        .isEqualTo("endTime 2026-01-01T00:00:00Z must be after startTime 2026-02-01T00:00:00Z");
  }

  @Test
  void namesAreUniqueAndTrackedMetricsDistinct() {
    List<LocatedYaml.Problem> dup = problems(EXAMPLE.replace("name: burst", "name: cpu60"));
    assertThat(dup).extracting(LocatedYaml.Problem::message)
        .containsExactly("names of policies must be unique; 'cpu60' is also services[0].autoScaling.policies[0].name");
    String twoCpu = EXAMPLE.replace("      scheduledActions:", "        - {name: cpu70, type: TargetTrackingScaling,"
        + " predefinedMetric: ECSServiceAverageCPUUtilization, targetValue: 70}\n      scheduledActions:");
    assertThat(problems(twoCpu)).extracting(LocatedYaml.Problem::message).containsExactly(
        "target-tracking policies must track different metrics; services[0].autoScaling.policies[0] already tracks"
            + " ECSServiceAverageCPUUtilization");
  }

  @Test
  void everyProblemIsReportedInOnePass() {
    List<LocatedYaml.Problem> all = problems(EXAMPLE.replace("targetValue: 60", "targetValue: -1")
        .replace("threshold: 85", "threshold: high").replace("Europe/Berlin", "Mars/Olympus"));
    assertThat(all).hasSize(3);
  }

  @Test
  void absentBlockReadsAsNone() {
    assertThat(read("services:\n  - name: web\n")).isEmpty();
    assertThat(parsed.problems()).isEmpty();
  }
}
