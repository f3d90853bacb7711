package dev.ecsim.scenario.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.NumericField;
import dev.ecsim.testing.Scenarios;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every plain-number field says its real range and unit when a value is wrong: never the bounds of
 * a Java type ("-1.7976931348623157E308", 2147483647), and a '%' where a plain number is expected
 * gets the number to write.
 */
class NumericFieldMessagesTest {

  /** Values wrong for every field in some way: text, a percentage, fractions, beyond each bound. */
  private static List<String> wrongValues(NumericField f) {
    List<String> values = new ArrayList<>(List.of("many", "'60%'", "60%", "1e999", "-1e999", ".nan", ".inf",
        "99999999999999999999999", "-99999999999999999999999", "[1, 2]", "{a: 1}", "true"));
    if (f.whole()) {
      values.add("2.5");
    }
    if (Double.isFinite(f.min()) && f.min() != -NumericField.ANY_64_BIT) {
      values.add(NumericField.show(f.minExclusive() ? f.min() : f.min() - 1).replace(",", ""));
    }
    if (Double.isFinite(f.max()) && f.max() != NumericField.ANY_64_BIT) {
      values.add(NumericField.show(f.max() + 1).replace(",", ""));
    }
    return values;
  }

  @Test
  void noFieldEverShowsAJavaTypesBounds() {
    int messages = 0;
    for (NumericField f : NumericFields.ALL) {
      for (String value : wrongValues(f)) {
        YamlNodes.Parsed parsed = YamlNodes.parse("v: " + value + "\n");
        Node node = parsed.root().child("v");
        if (f.whole()) {
          node.integer(f);
        } else {
          node.number(f);
        }
        for (var problem : parsed.problems()) {
          messages++;
          assertThat(problem.message()).as(f.name() + ": " + value)
              .doesNotContain("E308", "2147483647", "-2147483648", "9223372036854775807", "9223372036854775808",
                  "Infinity", "E+")
              .containsAnyOf(f.name(), f.describe());
        }
      }
    }
    // Each field refuses at least its text and its percent values, so the walk checked something.
    assertThat(messages).isGreaterThanOrEqualTo(2 * NumericFields.ALL.size());
  }

  @Test
  void everyFieldNamesAUnitOrWhatItIsAndARangeWhereItHasOne() {
    for (NumericField f : NumericFields.ALL) {
      String range = f.describe();
      assertThat(range).as(f.name()).startsWith("a ").doesNotContain("E308", "2147483647");
      if (Double.isFinite(f.min()) && Double.isFinite(f.max()) && f.max() != NumericField.ANY_64_BIT) {
        assertThat(range).as(f.name()).containsAnyOf(" from ", " above ");
      }
    }
  }

  @Test
  void aPercentSignOnAPercentageSaysTheNumberToWrite() {
    YamlNodes.Parsed parsed = YamlNodes.parse("v: 60%\n");
    parsed.root().child("v").number(NumericFields.TARGET_PERCENT);
    assertThat(parsed.problems()).singleElement().satisfies(p ->
        assertThat(p.message()).isEqualTo("'60%': targetValue is a plain number of percent; write 60"));
  }

  @Test
  void aPercentSignWhereNoPercentageIsMeantSaysSo() {
    YamlNodes.Parsed parsed = YamlNodes.parse("v: 50%\n");
    parsed.root().child("v").integer(NumericFields.STRATEGY_WEIGHT);
    assertThat(parsed.problems()).singleElement().satisfies(p -> assertThat(p.message())
        .isEqualTo("'50%': weight is a whole number (a relative weight) from 0 to 1,000, not a percentage"));
  }

  @Test
  void targetValueInAScenarioNamesItsRangeByMetric() {
    String service = """
        name: t
        duration: 1h
        %s
        taskDefinitions:
          - family: web
            cpu: 256
            memory: 512
            containerDefinitions: [{name: web, image: "web:1"}]
        services:
          - name: web
            taskDefinition: web
            desiredCount: 1
            autoScaling:
              minCapacity: 1
              maxCapacity: 4
              policies:
                - {name: p, type: TargetTrackingScaling, predefinedMetric: %s, targetValue: %s}
        """;
    String cluster = Scenarios.cluster("m5.large", 1).stripTrailing();
    assertThat(Scenarios.issues(service.formatted(cluster, "ECSServiceAverageCPUUtilization", "60%")))
        .anySatisfy(i -> assertThat(i.message()).isEqualTo("'60%': targetValue is a plain number of percent; write 60"));
    assertThat(Scenarios.issues(service.formatted(cluster, "ECSServiceAverageMemoryUtilization", "100.5")))
        .anySatisfy(i -> assertThat(i.message()).isEqualTo("100.5 is out of range; targetValue is a percentage above 0"
            + " and at most 100 (ECSServiceAverageMemoryUtilization is in percent)"));
    assertThat(Scenarios.issues(service.formatted(cluster, "ALBRequestCountPerTarget", "0")))
        .anySatisfy(i -> assertThat(i.message()).isEqualTo(
            "0 is out of range; targetValue is a number of requests per target per minute above 0"));
    // ALBRequestCountPerTarget has no upper bound: a thousand requests a minute per task is a valid target.
    Scenarios.parse(service.formatted(cluster, "ALBRequestCountPerTarget", "1000"));
  }

  @Test
  void rangesAreTheOnesAwsDocuments() {
    // ECS API: CapacityProviderStrategyItem: base 0 to 100,000; weight 0 to 1,000.
    assertRange(NumericFields.STRATEGY_BASE, 0, 100_000);
    assertRange(NumericFields.STRATEGY_WEIGHT, 0, 1_000);
    // ECS API: ManagedScaling: targetCapacity 1 to 100; step sizes 1 to 10,000.
    assertRange(NumericFields.TARGET_CAPACITY, 1, 100);
    assertRange(NumericFields.MIN_SCALING_STEP, 1, 10_000);
    assertRange(NumericFields.MAX_SCALING_STEP, 1, 10_000);
    // ECS API: HealthCheck: interval 5 to 300 s, timeout 2 to 60 s, retries 1 to 10, startPeriod 0 to 300 s.
    assertRange(NumericFields.HEALTH_CHECK_INTERVAL, 5, 300);
    assertRange(NumericFields.HEALTH_CHECK_TIMEOUT, 2, 60);
    assertRange(NumericFields.HEALTH_CHECK_RETRIES, 1, 10);
    assertRange(NumericFields.HEALTH_CHECK_START_PERIOD, 0, 300);
    // ECS API: EphemeralStorage sizeInGiB 21 to 200; PortMapping ports up to 65,535.
    assertRange(NumericFields.EPHEMERAL_STORAGE, 21, 200);
    assertRange(NumericFields.CONTAINER_PORT, 1, 65_535);
    // ECS API: DeploymentConfiguration: maximumPercent at least 100 (ecsim: at most 200).
    assertRange(NumericFields.MINIMUM_HEALTHY_PERCENT, 0, 100);
    // ECS API: ContainerDefinition stopTimeout at most 120 s.
    assertRange(NumericFields.STOP_TIMEOUT, 0, 120);
    // CloudWatch: EvaluationPeriods × Period at most a day: 1,440 one-minute periods.
    assertRange(NumericFields.EVALUATION_PERIODS, 1, 1_440);
    // ECS service quota: 5,000 tasks per service.
    assertRange(NumericFields.DESIRED_COUNT, 0, 5_000);
    assertThat(NumericFields.DESIRED_COUNT.describe()).isEqualTo("a whole number of tasks from 0 to 5,000");
  }

  private static void assertRange(NumericField f, long min, long max) {
    assertThat(f.accepts(min)).as(f.name() + " takes " + min).isTrue();
    assertThat(f.accepts(max)).as(f.name() + " takes " + max).isTrue();
    assertThat(f.accepts(min - 1)).as(f.name() + " refuses " + (min - 1)).isFalse();
    assertThat(f.accepts(max + 1)).as(f.name() + " refuses " + (max + 1)).isFalse();
  }
}
