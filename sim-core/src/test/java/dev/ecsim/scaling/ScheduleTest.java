package dev.ecsim.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scheduled-action schedules (docs/ecs-behaviour.md §6.4, AAS:
 * scheduled-scaling-using-cron-expressions): at(), rate() and AWS's six-field cron, in a time zone.
 */
class ScheduleTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  /** The next {@code n} fire times after {@code from}. */
  private static List<Instant> fires(String schedule, ZoneId zone, String from, int n) {
    Schedule s = Schedule.parse(schedule);
    List<Instant> out = new ArrayList<>();
    Instant t = Instant.parse(from);
    for (int i = 0; i < n; i++) {
      var next = s.nextFireAfter(t, zone, EPOCH);
      if (next.isEmpty()) {
        break;
      }
      t = next.get();
      out.add(t);
    }
    return out;
  }

  private static List<Instant> instants(String... texts) {
    return List.of(texts).stream().map(Instant::parse).toList();
  }

  @Test
  void weekdayMorningsInBerlinAcrossTheMarch2026DaylightSavingChange() {
    // Summer time starts on the last Sunday of March, 2026-03-29: 08:00 is 07:00Z before, 06:00Z after.
    assertThat(fires("cron(0 8 ? * MON-FRI *)", BERLIN, "2026-03-26T12:00:00Z", 3))
        .isEqualTo(instants("2026-03-27T07:00:00Z", "2026-03-30T06:00:00Z", "2026-03-31T06:00:00Z"));
  }

  @Test
  void dayOfWeekOneIsSundayAndNamesWork() {
    // 2026-03-29 is a Sunday.
    assertThat(fires("cron(0 8 ? * 1 *)", ZoneOffset.UTC, "2026-03-27T12:00:00Z", 1))
        .isEqualTo(instants("2026-03-29T08:00:00Z"));
    assertThat(fires("cron(0 8 ? * SUN *)", ZoneOffset.UTC, "2026-03-27T12:00:00Z", 1))
        .isEqualTo(instants("2026-03-29T08:00:00Z"));
    assertThat(fires("cron(0 9 1,15 JAN,JUL ? 2027)", ZoneOffset.UTC, "2026-03-01T00:00:00Z", 4))
        .isEqualTo(instants("2027-01-01T09:00:00Z", "2027-01-15T09:00:00Z", "2027-07-01T09:00:00Z",
            "2027-07-15T09:00:00Z"));
  }

  @Test
  void lastDayOfTheMonthAndLastWeekdayOfTheMonth() {
    assertThat(fires("cron(0 8 L * ? *)", ZoneOffset.UTC, "2026-02-10T00:00:00Z", 2))
        .isEqualTo(instants("2026-02-28T08:00:00Z", "2026-03-31T08:00:00Z"));
    // L in Day-of-week: the last day of the week, Saturday; 6L: the last Friday of the month (2026-03-27).
    assertThat(fires("cron(0 8 ? * L *)", ZoneOffset.UTC, "2026-03-01T00:00:00Z", 1))
        .isEqualTo(instants("2026-03-07T08:00:00Z"));
    assertThat(fires("cron(0 8 ? * 6L *)", ZoneOffset.UTC, "2026-03-01T00:00:00Z", 1))
        .isEqualTo(instants("2026-03-27T08:00:00Z"));
  }

  @Test
  void theNearestWeekday() {
    // 2026-03-15 is a Sunday: 15W is Monday the 16th. 2026-02-01 is a Sunday: 1W is Monday the 2nd (not
    // back into January). 2026-04-15 is a Wednesday: itself.
    assertThat(fires("cron(0 8 15W * ? *)", ZoneOffset.UTC, "2026-03-01T00:00:00Z", 2))
        .isEqualTo(instants("2026-03-16T08:00:00Z", "2026-04-15T08:00:00Z"));
    assertThat(fires("cron(0 8 1W * ? *)", ZoneOffset.UTC, "2026-01-31T00:00:00Z", 1))
        .isEqualTo(instants("2026-02-02T08:00:00Z"));
  }

  @Test
  void theNthWeekdayOfTheMonth() {
    // 3#2: the second Tuesday: 2026-03-10, 2026-04-14.
    assertThat(fires("cron(0 8 ? * 3#2 *)", ZoneOffset.UTC, "2026-03-01T00:00:00Z", 2))
        .isEqualTo(instants("2026-03-10T08:00:00Z", "2026-04-14T08:00:00Z"));
  }

  @Test
  void stepsRangesAndTheEndOfTheYears() {
    assertThat(fires("cron(0/15 * * * ? *)", ZoneOffset.UTC, "2026-03-01T00:00:00Z", 3))
        .isEqualTo(instants("2026-03-01T00:15:00Z", "2026-03-01T00:30:00Z", "2026-03-01T00:45:00Z"));
    assertThat(fires("cron(0 9-11 * * ? *)", ZoneOffset.UTC, "2026-03-01T00:00:00Z", 4))
        .isEqualTo(instants("2026-03-01T09:00:00Z", "2026-03-01T10:00:00Z", "2026-03-01T11:00:00Z",
            "2026-03-02T09:00:00Z"));
    assertThat(fires("cron(0 9 1 1 ? 2025)", ZoneOffset.UTC, "2026-03-01T00:00:00Z", 1)).isEmpty();
  }

  @Test
  void aFireTimeIsStrictlyAfterTheGivenInstant() {
    assertThat(fires("cron(0 8 * * ? *)", ZoneOffset.UTC, "2026-03-01T08:00:00Z", 1))
        .isEqualTo(instants("2026-03-02T08:00:00Z"));
  }

  @Test
  void daylightSavingGapsSkipAndRepeatsFireOnce() {
    // ecsim's documented behaviour (cron-utils): 02:30 does not exist in Berlin on 2026-03-29, so that day
    // has no fire; on 2026-10-25 02:30 happens twice and fires once, at the first (00:30Z, still CEST).
    assertThat(fires("cron(30 2 * * ? *)", BERLIN, "2026-03-28T12:00:00Z", 2))
        .isEqualTo(instants("2026-03-30T00:30:00Z", "2026-03-31T00:30:00Z"));
    assertThat(fires("cron(30 2 * * ? *)", BERLIN, "2026-10-24T12:00:00Z", 2))
        .isEqualTo(instants("2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 8 ? * MON-FRI *", "0 8 L * ? *", "0 8 15W * ? *", "0 8 ? * 3#2 *", "0 8 ? * 6L *",
      "0/15 9-17 ? * 2-6 *", "5,35 */2 1,15 JAN-MAR ? 2026-2028", "0 8 LW * ? *", "0 0 ? * L *"})
  void awsCronMeansQuartzWithSecondsZero(String fields) {
    // The mapping behind AwsCron: AWS's six fields are Quartz's last six with the seconds field at 0.
    ExecutionTime quartz = ExecutionTime.forCron(
        new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ)).parse("0 " + fields));
    Schedule aws = Schedule.parse("cron(" + fields + ")");
    var t = Instant.parse("2026-01-01T00:00:00Z").atZone(BERLIN);
    for (int i = 0; i < 40; i++) {
      var expected = quartz.nextExecution(t).orElseThrow();
      assertThat(aws.nextFireAfter(t.toInstant(), BERLIN, EPOCH)).contains(expected.toInstant());
      t = expected;
    }
  }

  @Test
  void atFiresOnceInItsTimeZone() {
    assertThat(fires("at(2026-07-01T08:00:00)", BERLIN, "2026-01-01T00:00:00Z", 2))
        .isEqualTo(instants("2026-07-01T06:00:00Z"));
    assertThat(fires("at(2026-07-01T08:00:00)", ZoneOffset.UTC, "2026-07-01T08:00:00Z", 1)).isEmpty();
  }

  @Test
  void rateFiresAtItsAnchorThenEveryInterval() {
    Schedule every5 = Schedule.parse("rate(5 minutes)");
    Instant anchor = Instant.parse("2026-01-05T00:00:00Z");
    assertThat(every5.nextFireAfter(anchor.minusSeconds(1), ZoneOffset.UTC, anchor)).contains(anchor);
    assertThat(every5.nextFireAfter(anchor, ZoneOffset.UTC, anchor)).contains(anchor.plusSeconds(300));
    assertThat(every5.nextFireAfter(anchor.plusSeconds(301), ZoneOffset.UTC, anchor)).contains(anchor.plusSeconds(600));
    assertThat(Schedule.parse("rate(1 day)").nextFireAfter(anchor, BERLIN, anchor)).contains(anchor.plusSeconds(86_400));
    assertThat(Schedule.parse("rate(2 hours)").expression()).isEqualTo("rate(2 hours)");
  }

  @Test
  void errorsSayWhereTheExpressionGoesWrong() {
    assertError("cron(0 8 ? * MON-FRX *)", 13, "bad Day-of-week field 'MON-FRX': Invalid chars in expression!");
    assertError("cron(61 8 ? * * *)", 5, "bad Minutes field '61': Value 61 not in range [0, 59]");
    assertError("cron(0 8 * * ?)", 5, "cron takes six fields, Minutes Hours Day-of-month Month Day-of-week Year,"
        + " found 5 in '0 8 * * ?'");
    assertError("cron(0 8 * * MON *)", 9, "give '?' in exactly one of Day-of-month and Day-of-week, found '*' and"
        + " 'MON'");
    assertError("cron(0 8 1 * ? 2300)", 15, "bad Year field '2300'");
    assertError("at(2026-13-01T08:00:00)", 3, "'2026-13-01T08:00:00' is not a date and time");
    assertError("rate(5 weeks)", 7, "'weeks' is not a rate unit; valid: minute, minutes, hour, hours, day, days");
    assertError("rate(0 minutes)", 5, "'0' is not a whole number from 1 to 1,000,000");
    assertError("every(5 minutes)", 0, "'every(5 minutes)' is not a schedule; use at(yyyy-mm-ddThh:mm:ss)");
    assertError("cron(0 8 * * ? *", 16, "'cron(' is not closed");
  }

  private static void assertError(String text, int index, String messageStart) {
    assertThatThrownBy(() -> Schedule.parse(text)).isInstanceOfSatisfying(ScheduleSyntaxException.class, e -> {
      assertThat(e.getMessage()).startsWith(messageStart);
      assertThat(e.index()).as(e.getMessage()).isEqualTo(index);
    });
  }
}
