package dev.ecsim.scenario.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.scenario.ValidationIssue;
import dev.ecsim.testing.Scenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A valid file may not ask for more than a run can give in bounded time and memory: at most five
 * years (1,830 days), at most 3,000,000 metrics periods. Both are refused at the field, with the
 * limit and why; a year at one-minute metrics (525,600 periods) and five years at one minute
 * (2,635,200) pass.
 */
class RunLimitsTest {

  private static String scenario(String duration, String metricsPeriod) {
    return """
        name: limits
        duration: %s
        metricsPeriod: %s
        %s
        taskDefinitions:
          - {family: t, cpu: 512, memory: 1024, containerDefinitions: [{name: c, image: "t:1"}]}
        jobs:
          - {name: j, taskDefinition: t, arrivals: {fixed: 1h}, duration: {fixed: 10m}}
        """.formatted(duration, metricsPeriod, Scenarios.cluster("m5.large", 1));
  }

  @Test
  void aYearAndFiveYearsAtOneMinuteMetricsAreWithinTheLimits() {
    assertThat(Scenarios.parse(scenario("365d", "1m")).durationMillis()).isEqualTo(365 * 86_400_000L);
    assertThat(Scenarios.parse(scenario("1830d", "1m")).durationMillis()).isEqualTo(1_830 * 86_400_000L);
  }

  @Test
  void aCenturyIsRefusedAtTheDurationWithTheLimit() {
    List<ValidationIssue> issues = Scenarios.issues(scenario("36500d", "1h"));
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("duration");
      assertThat(i.line()).isEqualTo(2);
      assertThat(i.message()).contains("at most 1830d (five years)").contains("found 36500d");
    });
  }

  @Test
  void tooManyMetricsPeriodsAreRefusedWithTheShortestPeriodThatFits() {
    // 1,000 days at 10 s is 8,640,000 periods; 3,000,000 periods need 86,400,000 s / 3,000,000 =
    // 28.8 s, so at least 29 s.
    List<ValidationIssue> issues = Scenarios.issues(scenario("1000d", "10s"));
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("metricsPeriod");
      assertThat(i.message()).contains("at most 3,000,000 metrics periods").contains("found 8640000")
          .contains("at least 29s");
    });
  }

  private static String jobs(String duration, String... arrivals) {
    StringBuilder jobs = new StringBuilder();
    for (int i = 0; i < arrivals.length; i++) {
      jobs.append("  - {name: j").append(i).append(", taskDefinition: t, arrivals: ").append(arrivals[i])
          .append(", duration: {fixed: 10m}}\n");
    }
    return """
        name: limits
        duration: %s
        metricsPeriod: 1h
        %s
        taskDefinitions:
          - {family: t, cpu: 512, memory: 1024, containerDefinitions: [{name: c, image: "t:1"}]}
        jobs:
        """.formatted(duration, Scenarios.cluster("m5.large", 1)) + jobs;
  }

  @Test
  void arrivalsPastTwentyMillionTasksAreRefusedAtTheJobThatCrossesTheLimit() {
    // 1,000,000/s over 2 h is 7.2e9 arrivals (it validated and ran on at 3.2 GB).
    List<ValidationIssue> issues = Scenarios.issues(jobs("2h", "{poisson: {rate: 1000000/s}}"));
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("jobs[0].arrivals");
      assertThat(i.message()).contains("at most 20,000,000 job tasks").contains("about 7,200,000,000").contains("2.0h");
    });
    // 2 x 12,000,000: each job alone is within the limit, the second one takes the run past it.
    // 1,000 d / 7.2 s = 12,000,000 fixed arrivals; a cron every minute, 10 a time, for 1,000 days is
    // 14,400,000 tasks.
    List<ValidationIssue> two = Scenarios.issues(jobs("1000d", "{fixed: 7200ms}", "{schedule: \"cron(* * * * ? *)\", count: 10}"));
    assertThat(two).singleElement().satisfies(i -> assertThat(i.path()).isEqualTo("jobs[1].arrivals"));
  }

  @Test
  void arrivalsWithinTheLimitPass() {
    // 12,000,000 fixed arrivals and a nightly cron: within the limit.
    assertThat(Scenarios.parse(jobs("1000d", "{fixed: 7200ms}", "{schedule: \"cron(0 2 * * ? *)\", count: 10}"))
        .jobs()).hasSize(2);
  }

  @Test
  void anOverflowingDurationIsRefusedNotRunForEver() {
    assertThat(Scenarios.issues(scenario("9999999999999d", "1h"))).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("is too long"));
  }
}
