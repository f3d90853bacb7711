package dev.ecsim.scenario.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.scenario.RunLimits;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.ValidationIssue;
import dev.ecsim.testing.Scenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a valid scenario may hold at once, refused by validate at the field that crosses the limit:
 * 5,000 tasks a service (ECS's default quota), 100,000 instances across providers, 1,000,000 tasks
 * across services at their largest, 100,000,000 metrics values. Each boundary is worked by hand.
 */
class AliveLimitsTest {
  private static final String DEFINITION = """
      taskDefinitions:
        - {family: t, cpu: 256, memory: 512, containerDefinitions: [{name: c, image: "t:1"}]}
      """;

  private static String services(int count, String extra) {
    StringBuilder yaml = new StringBuilder("services:\n");
    for (int i = 0; i < count; i++) {
      yaml.append("  - {name: s").append(i).append(", taskDefinition: t").append(extra).append("}\n");
    }
    return yaml.toString();
  }

  private static String scenario(String duration, String body) {
    return "name: alive\nduration: " + duration + "\n" + Scenarios.cluster("m5.large", 1) + DEFINITION + body;
  }

  @Test
  void aScalableTargetAboveFiveThousandTasksIsRefusedWithTheQuota() {
    String body = services(1, ", desiredCount: 2, autoScaling: {minCapacity: 1, maxCapacity: 5001}");
    assertThat(Scenarios.issues(scenario("1h", body))).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("services[0].autoScaling.maxCapacity");
      assertThat(i.message()).isEqualTo(
          "5,001 is out of range; maxCapacity is a whole number of tasks from 0 to 5,000 (ECS runs at most 5,000 tasks"
              + " per service, its default quota)");
    });
    Scenarios.parse(scenario("1h", services(1, ", desiredCount: 2, autoScaling: {minCapacity: 1, maxCapacity: 5000}")));
  }

  @Test
  void aScheduledActionAboveFiveThousandTasksIsRefused() {
    String body = services(1, ", desiredCount: 2, autoScaling: {minCapacity: 1, maxCapacity: 10, scheduledActions: "
        + "[{name: a, schedule: 'cron(0 9 * * ? *)', scalableTargetAction: {maxCapacity: 9000}}]}");
    assertThat(Scenarios.issues(scenario("1h", body))).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("services[0].autoScaling.scheduledActions[0].scalableTargetAction.maxCapacity");
      assertThat(i.message()).startsWith("9,000 is out of range; maxCapacity is a whole number of tasks from 0 to 5,000");
    });
  }

  @Test
  void servicesPastAMillionTasksAtTheirLargestAreRefusedAtTheServiceThatCrossesIt() {
    // 5,000 tasks at the default maximumPercent of 200 may be 10,000 at once during a deployment:
    // 100 such services hold 1,000,000, the limit; the 101st takes them to 1,010,000.
    Scenarios.parse(scenario("1h", services(100, ", desiredCount: 5000")));
    List<ValidationIssue> issues = Scenarios.issues(scenario("1h", services(101, ", desiredCount: 5000")));
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("services[100]");
      assertThat(i.message()).contains("at most 1,000,000 tasks at once").contains("they may hold 1,010,000");
    });
  }

  @Test
  void capacityProvidersPastOneHundredThousandInstancesAreRefusedAtTheMaxSizeThatCrossesIt() {
    StringBuilder providers = new StringBuilder("cluster:\n  capacityProviders:\n");
    for (int i = 0; i < 11; i++) {
      providers.append("    - {name: p").append(i).append(", type: ec2, instanceTypes: [m5.large], maxSize: 10000}\n");
    }
    String yaml = "name: alive\nduration: 1h\n" + providers
        + "  defaultCapacityProviderStrategy: [{capacityProvider: p0, weight: 1}]\n" + DEFINITION;
    assertThat(Scenarios.issues(yaml)).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("cluster.capacityProviders[10].maxSize");
      assertThat(i.line()).isEqualTo(15);
      assertThat(i.message()).contains("at most 100,000 instances").contains("they hold 110,000")
          .contains("5,000 container instances per cluster");
    });
  }

  private static String everyMinute(int actions) {
    StringBuilder yaml = new StringBuilder("services:\n  - name: s\n    taskDefinition: t\n    desiredCount: 1\n"
        + "    autoScaling:\n      minCapacity: 1\n      maxCapacity: 4\n      scheduledActions:\n");
    for (int i = 0; i < actions; i++) {
      yaml.append("        - {name: a").append(i).append(", schedule: 'cron(* * * * ? *)', scalableTargetAction: "
          + "{maxCapacity: 3}}\n");
    }
    return yaml.toString();
  }

  @Test
  void scheduledActionsFiringMoreThanTenMillionTimesAreRefused() {
    // A cron every minute fires 525,600 times in 365 days: 19 such actions fire 9,986,400 times,
    // 20 fire 10,512,000, past the limit. Each fire is an event of the run.
    Scenarios.parse(scenario("365d", everyMinute(19)));
    List<ValidationIssue> issues = Scenarios.issues(scenario("365d", everyMinute(20)));
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("services[0].autoScaling.scheduledActions");
      assertThat(i.message()).isEqualTo("scheduled actions may fire at most 10,000,000 times in a run (each fire is "
          + "an event), and with this service's they fire about 10,512,000 times over 365d; schedule them less often "
          + "(a cron every minute fires 525,600 times a year)");
    });
  }

  @Test
  void aYearOfOneMinuteMetricsHoldsUpTo190Series() {
    // One EC2 provider (cost rate, cost, instances) and the cluster's four: 7 series; three per
    // service. A year is 525,600 minutes and 100,000,000 / 525,600 = 190.3 series: 61 services make
    // 190, 62 make 193 = 101,440,800 values. At 193 series a period of 365 d x 193 / 10^8 = 60.86 s
    // fits, so at least 61 s.
    Scenario fits = Scenarios.parse(scenario("365d", services(61, ", desiredCount: 0")));
    assertThat(RunLimits.series(fits)).isEqualTo(190);
    List<ValidationIssue> issues = Scenarios.issues(scenario("365d", services(62, ", desiredCount: 0")));
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("duration");
      assertThat(i.message()).contains("at most 100,000,000 metrics values")
          .contains("525,600 periods x 193 series = 101,440,800").contains("at least 61s");
    });
  }
}
