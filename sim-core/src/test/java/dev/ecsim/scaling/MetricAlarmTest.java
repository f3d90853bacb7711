package dev.ecsim.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CloudWatch alarm evaluation against the two tables of the CloudWatch User Guide, "How alarm
 * state is evaluated when data is missing" (both versions of the page; the later one adds the row
 * "X - - - -"): N = 3 evaluation periods of one minute, M = 3 or 2, threshold 3. In a row, the
 * oldest datapoint is on the left; 0 is not breaching (1), X breaching (5), - missing.
 */
class MetricAlarmTest {
  private static final long MINUTE = 60_000;

  private static AlarmSpec spec(int m, int n, TreatMissingData missing) {
    return new AlarmSpec(ServiceMetric.CPU_UTILIZATION, Statistic.AVERAGE, ComparisonOperator.GREATER_THAN_THRESHOLD,
        3, MINUTE, n, m, missing);
  }

  /** Feeds "0 - X" style datapoints from {@code start} minutes on; returns the final state. */
  private static AlarmState feed(MetricAlarm alarm, int start, String row) {
    AlarmState state = alarm.state();
    String[] points = row.trim().split("\\s+");
    for (int i = 0; i < points.length; i++) {
      OptionalDouble v = switch (points[i]) {
        case "0" -> OptionalDouble.of(1);
        case "X" -> OptionalDouble.of(5);
        default -> OptionalDouble.empty();
      };
      state = alarm.offer((start + i + 1) * MINUTE, v);
    }
    return state;
  }

  /**
   * The state after {@code row}, the alarm having been in {@code before} (reached with three
   * datapoints that the 5-period evaluation range no longer sees).
   */
  private static AlarmState after(int m, TreatMissingData missing, AlarmState before, String row) {
    MetricAlarm alarm = new MetricAlarm("a", spec(m, 3, missing));
    assertThat(feed(alarm, 0, before == AlarmState.ALARM ? "X X X" : "0 0 0")).isEqualTo(before);
    return feed(alarm, 3, row);
  }

  @ParameterizedTest(name = "3 of 3: {0} -> {1} / {2} / {3} / {4}")
  @CsvSource(delimiter = '|', value = {
      // datapoints | MISSING | IGNORE | BREACHING | NOT BREACHING
      "0 - X - X | OK                | OK     | OK    | OK",
      "0 - - - - | OK                | OK     | OK    | OK",
      "- - - - - | INSUFFICIENT_DATA | retain | ALARM | OK",
      "0 X X - X | ALARM             | ALARM  | ALARM | ALARM",
      "- - - - X | INSUFFICIENT_DATA | retain | ALARM | OK",
      "X - - - - | ALARM             | retain | ALARM | OK"})
  void threeOfThreeAsInTheGuide(String row, String missing, String ignore, String breaching, String notBreaching) {
    check(3, row, missing, ignore, breaching, notBreaching);
  }

  @ParameterizedTest(name = "2 of 3: {0} -> {1} / {2} / {3} / {4}")
  @CsvSource(delimiter = '|', value = {
      "0 - X - X | ALARM             | ALARM  | ALARM | ALARM",
      "0 0 X 0 X | ALARM             | ALARM  | ALARM | ALARM",
      "0 - X - - | OK                | OK     | ALARM | OK",
      "- - - - 0 | OK                | OK     | ALARM | OK",
      "- - - - X | INSUFFICIENT_DATA | retain | ALARM | OK"})
  void twoOfThreeAsInTheGuide(String row, String missing, String ignore, String breaching, String notBreaching) {
    check(2, row, missing, ignore, breaching, notBreaching);
  }

  private static void check(int m, String row, String missing, String ignore, String breaching, String notBreaching) {
    for (AlarmState before : new AlarmState[] {AlarmState.OK, AlarmState.ALARM}) {
      assertThat(after(m, TreatMissingData.MISSING, before, row)).as("missing").isEqualTo(AlarmState.valueOf(missing));
      assertThat(after(m, TreatMissingData.IGNORE, before, row)).as("ignore, before " + before)
          .isEqualTo(ignore.equals("retain") ? before : AlarmState.valueOf(ignore));
      assertThat(after(m, TreatMissingData.BREACHING, before, row)).as("breaching")
          .isEqualTo(AlarmState.valueOf(breaching));
      assertThat(after(m, TreatMissingData.NOT_BREACHING, before, row)).as("notBreaching")
          .isEqualTo(AlarmState.valueOf(notBreaching));
    }
  }

  @Test
  void startsWithInsufficientDataAndNeedsNDatapoints() {
    // The guide's figure: threshold 3, 3 of 3; the third breaching period sets ALARM, a dip sets OK.
    MetricAlarm alarm = new MetricAlarm("a", spec(3, 3, TreatMissingData.MISSING));
    assertThat(alarm.state()).isEqualTo(AlarmState.INSUFFICIENT_DATA);
    assertThat(feed(alarm, 0, "X X")).isEqualTo(AlarmState.INSUFFICIENT_DATA);
    assertThat(feed(alarm, 2, "X")).isEqualTo(AlarmState.ALARM);
    assertThat(feed(alarm, 3, "X 0")).isEqualTo(AlarmState.OK);
    assertThat(feed(alarm, 5, "X X 0 X")).isEqualTo(AlarmState.OK);
    assertThat(alarm.drainChanges()).extracting(AlarmChange::to).containsExactly(AlarmState.ALARM, AlarmState.OK);
    assertThat(alarm.drainChanges()).isEmpty();
  }

  @Test
  void eachStatisticOverTheMinutesOfAFiveMinutePeriod() {
    // Minutes 1..5 carry 10, 20, 30, (missing), 40: Average 25, Sum 100, Minimum 10, Maximum 40, SampleCount 4.
    double[][] expected = {{25}, {100}, {10}, {40}, {4}};
    Statistic[] statistics = {Statistic.AVERAGE, Statistic.SUM, Statistic.MINIMUM, Statistic.MAXIMUM,
        Statistic.SAMPLE_COUNT};
    for (int i = 0; i < statistics.length; i++) {
      MetricAlarm alarm = new MetricAlarm("a", new AlarmSpec(ServiceMetric.CPU_UTILIZATION, statistics[i],
          ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 25, 5 * MINUTE, 1, 1, TreatMissingData.MISSING));
      double[] values = {10, 20, 30, Double.NaN, 40};
      for (int minute = 1; minute <= 5; minute++) {
        double v = values[minute - 1];
        alarm.offer(minute * MINUTE, Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v));
        if (minute < 5) {
          assertThat(alarm.lastEvaluation()).as("no evaluation inside the period").isEmpty();
        }
      }
      MetricAlarm.Evaluation e = alarm.evaluationAt(5 * MINUTE).orElseThrow();
      assertThat(e.periodValue().getAsDouble()).as(statistics[i].awsName()).isEqualTo(expected[i][0]);
      assertThat(e.state()).isEqualTo(expected[i][0] >= 25 ? AlarmState.ALARM : AlarmState.OK);
    }
  }

  @Test
  void periodsAreAlignedToTimeZero() {
    // A 5-minute period ends at 300 s and 600 s: a run of breaching minutes from 240 s is judged at 300 s
    // on minutes 4 and 5 only (two datapoints of the first period).
    MetricAlarm alarm = new MetricAlarm("a", new AlarmSpec(ServiceMetric.CPU_UTILIZATION, Statistic.MAXIMUM,
        ComparisonOperator.GREATER_THAN_THRESHOLD, 3, 5 * MINUTE, 1, 1, TreatMissingData.MISSING));
    alarm.offer(4 * MINUTE, OptionalDouble.of(5));
    assertThat(alarm.offer(5 * MINUTE, OptionalDouble.of(1))).isEqualTo(AlarmState.ALARM);
    assertThat(alarm.offer(10 * MINUTE, OptionalDouble.of(1))).isEqualTo(AlarmState.OK);
  }

  @Test
  void refusesDatapointsOffTheMinuteOrOutOfOrder() {
    MetricAlarm alarm = new MetricAlarm("a", spec(1, 1, TreatMissingData.MISSING));
    assertThatThrownBy(() -> alarm.offer(90_000, OptionalDouble.of(1))).hasMessageContaining("end of a minute");
    alarm.offer(MINUTE, OptionalDouble.of(1));
    assertThatThrownBy(() -> alarm.offer(MINUTE, OptionalDouble.of(1))).hasMessageContaining("not after");
  }
}
