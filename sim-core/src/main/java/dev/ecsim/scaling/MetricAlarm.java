package dev.ecsim.scaling;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A CloudWatch metric alarm fed one-minute datapoints (docs/ecs-behaviour.md §8: ECS publishes once
 * a minute). Each period's value is the alarm's statistic over the datapoints inside it; a period
 * without any is missing. Periods are aligned to simulated time 0: the period of length P ending at
 * k × P holds the minutes ending in ((k − 1) × P, k × P]. At the end of each period the alarm
 * evaluates its last {@code evaluationPeriods} (N) periods, {@code datapointsToAlarm} (M) of which
 * must breach, with CloudWatch's documented treatment of missing data (CloudWatch User Guide, "How
 * alarm state is evaluated when data is missing"):
 * <ul>
 *   <li>The alarm looks at an evaluation range of N + 2 periods (ecsim choice: the guide's worked
 *       tables retrieve 5 periods for N = 3 and give no general rule).
 *   <li>With at least N present periods in the range, the N most recent present ones are evaluated
 *       and {@code treatMissingData} plays no part.
 *   <li>With fewer, every present period in the range is evaluated along with as few filled-in
 *       periods as make up N: {@code breaching} fills breaching, {@code notBreaching} not breaching.
 *       {@code missing} and {@code ignore} fill with "unknown": M breaching present periods give
 *       ALARM, any present non-breaching one gives OK; otherwise (nothing present, or only fewer
 *       than M breaching ones) {@code ignore} keeps the state, and {@code missing} gives
 *       INSUFFICIENT_DATA, or ALARM when the range ends in missing periods after breaching ones
 *       (the guide's "X - - - -" row: an alarm re-evaluates its last datapoints after a metric
 *       stops).
 * </ul>
 * These rules reproduce every row of both tables in the guide. The state starts INSUFFICIENT_DATA
 * and changes only at the end of a period.
 */
public final class MetricAlarm {
  public static final long MINUTE_MILLIS = 60_000;
  /** Periods beyond N that the alarm retrieves: 5 for N = 3 in the guide's tables. */
  static final int EXTRA_PERIODS = 2;

  /** The outcome of one evaluation, at the end of a period. */
  public record Evaluation(long periodEndMillis, AlarmState state, OptionalDouble periodValue,
      List<Double> evaluatedValues) {
    public Evaluation {
      evaluatedValues = List.copyOf(evaluatedValues);
    }
  }

  private record Period(long index, OptionalDouble value) {}

  private final String name;
  private final AlarmSpec spec;
  private final ArrayDeque<Period> closed = new ArrayDeque<>();
  private final List<AlarmChange> changes = new ArrayList<>();
  private AlarmState state = AlarmState.INSUFFICIENT_DATA;
  private Optional<Evaluation> lastEvaluation = Optional.empty();
  private OptionalLong lastMinuteEnd = OptionalLong.empty();
  private boolean periodOpen;
  private long openIndex;
  private int count;
  private double sum;
  private double min;
  private double max;

  public MetricAlarm(String name, AlarmSpec spec) {
    this.name = Objects.requireNonNull(name, "name");
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  public String name() {
    return name;
  }

  public AlarmSpec spec() {
    return spec;
  }

  public AlarmState state() {
    return state;
  }

  /** The most recent evaluation; empty until the first period has ended. */
  public Optional<Evaluation> lastEvaluation() {
    return lastEvaluation;
  }

  /** The evaluation made at {@code periodEndMillis}, if a period ended then. */
  public Optional<Evaluation> evaluationAt(long periodEndMillis) {
    return lastEvaluation.filter(e -> e.periodEndMillis() == periodEndMillis);
  }

  /**
   * Publishes the datapoint of the minute ending at {@code minuteEndMillis} (a multiple of one
   * minute, later than the last), or its absence; evaluates when the minute ends a period.
   */
  public AlarmState offer(long minuteEndMillis, OptionalDouble value) {
    if (minuteEndMillis < 0 || minuteEndMillis % MINUTE_MILLIS != 0) {
      throw new IllegalArgumentException("datapoint at " + minuteEndMillis + " ms is not at the end of a minute");
    }
    if (lastMinuteEnd.isPresent() && minuteEndMillis <= lastMinuteEnd.getAsLong()) {
      throw new IllegalArgumentException("datapoint at " + minuteEndMillis + " ms is not after the last one at "
          + lastMinuteEnd.getAsLong() + " ms");
    }
    lastMinuteEnd = OptionalLong.of(minuteEndMillis);
    long period = spec.periodMillis();
    long index = Math.floorDiv(minuteEndMillis + period - 1, period);
    if (periodOpen && openIndex != index) {
      close();
    }
    if (!periodOpen) {
      periodOpen = true;
      openIndex = index;
      count = 0;
      sum = 0;
    }
    value.ifPresent(this::add);
    if (minuteEndMillis == index * period) {
      close();
      evaluate(index, minuteEndMillis);
    }
    return state;
  }

  private void add(double v) {
    min = count == 0 ? v : Math.min(min, v);
    max = count == 0 ? v : Math.max(max, v);
    sum += v;
    count++;
  }

  private void close() {
    OptionalDouble v = count == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(spec.statistic().of(count, sum, min, max));
    closed.addLast(new Period(openIndex, v));
    periodOpen = false;
    int range = spec.evaluationPeriods() + EXTRA_PERIODS;
    while (closed.size() > range) {
      closed.removeFirst();
    }
  }

  private void evaluate(long index, long atMillis) {
    int n = spec.evaluationPeriods();
    int m = spec.datapointsToAlarm();
    long oldest = index - (n + EXTRA_PERIODS) + 1;
    List<Double> present = new ArrayList<>();
    for (Iterator<Period> it = closed.descendingIterator(); it.hasNext(); ) {
      Period p = it.next();
      if (p.index() >= oldest && p.value().isPresent()) {
        present.add(p.value().getAsDouble());
      }
    }
    List<Double> evaluated = present.size() >= n ? present.subList(0, n) : present;
    int breaching = (int) evaluated.stream().filter(this::breaches).count();
    int notBreaching = evaluated.size() - breaching;
    AlarmState next;
    String why;
    if (present.size() >= n) {
      next = breaching >= m ? AlarmState.ALARM : AlarmState.OK;
      why = breaching + " of the last " + n + " datapoints breaching";
    } else {
      int filled = n - present.size();
      why = present.size() + " datapoints present of " + n + ", " + breaching + " breaching, missing data treated as "
          + spec.treatMissingData().awsName();
      next = switch (spec.treatMissingData()) {
        case BREACHING -> breaching + filled >= m ? AlarmState.ALARM : AlarmState.OK;
        case NOT_BREACHING -> breaching >= m ? AlarmState.ALARM : AlarmState.OK;
        case MISSING, IGNORE -> unknownFill(breaching, notBreaching, m, closed.peekLast());
      };
    }
    lastEvaluation = Optional.of(new Evaluation(atMillis, next, closed.peekLast().value(), evaluated));
    if (next != state) {
      changes.add(new AlarmChange(atMillis, name, state, next, why + " (" + describe() + ")"));
      state = next;
    }
  }

  private AlarmState unknownFill(int breaching, int notBreaching, int m, Period newest) {
    if (breaching >= m) {
      return AlarmState.ALARM;
    }
    if (notBreaching > 0) {
      return AlarmState.OK;
    }
    if (spec.treatMissingData() == TreatMissingData.IGNORE) {
      return state;
    }
    // Only breaching datapoints, fewer than M: the guide's "X - - - -" is ALARM, "- - - - X" is not.
    return breaching > 0 && newest.value().isEmpty() ? AlarmState.ALARM : AlarmState.INSUFFICIENT_DATA;
  }

  /** State changes since the last call, oldest first; the list is emptied. */
  public List<AlarmChange> drainChanges() {
    List<AlarmChange> out = List.copyOf(changes);
    changes.clear();
    return out;
  }

  private boolean breaches(double v) {
    return spec.comparisonOperator().breaches(v, spec.threshold());
  }

  /** e.g. "CPUUtilization Average > 60 for 3 of 3 periods of 60 s". */
  public String describe() {
    return spec.metric().awsName() + " " + spec.statistic().awsName() + " " + spec.comparisonOperator().symbol()
        + " " + Numbers.format(spec.threshold()) + " for " + spec.datapointsToAlarm() + " of "
        + spec.evaluationPeriods() + " periods of " + spec.periodMillis() / 1000 + " s";
  }
}
