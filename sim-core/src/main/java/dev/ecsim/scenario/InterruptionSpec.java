package dev.ecsim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How interruptions reach a spot capacity provider's instances (EC2) or tasks (Fargate Spot): a
 * memoryless process given by a rate ({@link Band}, {@link Rate}), interruptions at given times
 * ({@link Times}, {@link Trace}), or {@link None} for capacity that is never interrupted.
 */
public sealed interface InterruptionSpec {

  /**
   * The month the Spot bands and Fargate Spot's 5 % are counted over: 730 h (365 d × 24 h / 12),
   * the month docs/ecs-behaviour.md §3.2 prices Fargate by.
   */
  double HOURS_PER_MONTH = 730;

  /**
   * The rate of a Poisson process under which a unit running a whole month is interrupted with
   * probability {@code monthlyShare}: 1 − exp(−λ × 730 h) = p gives λ = −ln(1 − p) / 730 h.
   */
  static double perHourFromMonthlyShare(double monthlyShare) {
    if (!(monthlyShare >= 0 && monthlyShare < 1)) {
      throw new IllegalArgumentException("a monthly share " + monthlyShare + " must be in [0, 1)");
    }
    return -Math.log1p(-monthlyShare) / HOURS_PER_MONTH;
  }

  /** A memoryless process: each instance or task is interrupted at {@link #perHour()}. */
  sealed interface Poisson extends InterruptionSpec permits Band, Rate {
    /** Interruptions per instance-hour (EC2) or task-hour (Fargate Spot), at least 0. */
    double perHour();
  }

  /** Interruptions at times fixed in the scenario, each taking the oldest running instances or tasks. */
  sealed interface Scheduled extends InterruptionSpec permits Times, Trace {
    /** The interruption events in time order, at most one per millisecond. */
    List<Event> events();
  }

  /**
   * A Spot Instance Advisor band: the share of a type's instances interrupted over the trailing
   * month (docs/ecs-behaviour.md §4.3). ecsim choice: the band's midpoint is the probability that
   * an instance running a whole month is interrupted; {@code >20%} has no upper end and is taken as
   * 25 %, an ecsim assumption.
   */
  enum Band implements Poisson {
    UNDER_5("<5%", 0.025),
    FROM_5_TO_10("5-10%", 0.075),
    FROM_10_TO_15("10-15%", 0.125),
    FROM_15_TO_20("15-20%", 0.175),
    OVER_20(">20%", 0.25);

    private final String spelling;
    private final double monthlyShare;

    Band(String spelling, double monthlyShare) {
      this.spelling = spelling;
      this.monthlyShare = monthlyShare;
    }

    /** As the Spot Instance Advisor writes it, e.g. {@code 5-10%}. */
    public String spelling() {
      return spelling;
    }

    /** The probability that an instance running a whole month (730 h) is interrupted. */
    public double monthlyShare() {
      return monthlyShare;
    }

    @Override
    public double perHour() {
      return perHourFromMonthlyShare(monthlyShare);
    }

    public static List<String> spellings() {
      return Arrays.stream(values()).map(Band::spelling).toList();
    }

    /** The band spelt {@code text}; spaces and an en dash (as in "5–10 %") are accepted. */
    public static Optional<Band> parse(String text) {
      String normal = text.replace('\u2013', '-').replaceAll("\\s+", "");
      return Arrays.stream(values()).filter(b -> b.spelling.equals(normal)).findFirst();
    }
  }

  /** An explicit rate per instance-hour (EC2) or task-hour (Fargate Spot); 0 never interrupts. */
  record Rate(double perHour) implements Poisson {
    public Rate {
      if (!(perHour >= 0) || Double.isInfinite(perHour)) {
        throw new IllegalArgumentException("an interruption rate " + perHour + " /h must be finite and at least 0");
      }
    }

    /** The rate under which a unit running a whole month is interrupted with this probability. */
    public static Rate ofMonthlyShare(double monthlyShare) {
      return new Rate(perHourFromMonthlyShare(monthlyShare));
    }
  }

  /**
   * Interruptions at these times from the start, each taking one instance or task; a time listed
   * twice takes two at once.
   *
   * @param atMillis in non-decreasing order
   */
  record Times(List<Long> atMillis) implements Scheduled {
    public Times {
      atMillis = List.copyOf(atMillis);
      for (int i = 0; i < atMillis.size(); i++) {
        if (atMillis.get(i) < 0 || i > 0 && atMillis.get(i) < atMillis.get(i - 1)) {
          throw new IllegalArgumentException("interruption times must be at least 0 and in order: " + atMillis);
        }
      }
    }

    /** Equal times merged into one event whose count is how often the time is listed. */
    @Override
    public List<Event> events() {
      List<Event> events = new ArrayList<>();
      for (long at : atMillis) {
        int last = events.size() - 1;
        if (last >= 0 && events.get(last).atMillis() == at) {
          events.set(last, new Event(at, events.get(last).count() + 1));
        } else {
          events.add(new Event(at, 1));
        }
      }
      return List.copyOf(events);
    }
  }

  /**
   * Interruptions replayed from a CSV file of {@code time,count} rows.
   *
   * @param file as the scenario names it, relative to the scenario file
   * @param events in strictly increasing time order
   */
  record Trace(String file, List<Event> events) implements Scheduled {
    public Trace {
      events = List.copyOf(events);
      for (int i = 1; i < events.size(); i++) {
        if (events.get(i).atMillis() <= events.get(i - 1).atMillis()) {
          throw new IllegalArgumentException("trace events must be in strictly increasing time order: " + events);
        }
      }
    }
  }

  /** On-demand capacity (and FARGATE): never interrupted. */
  record None() implements InterruptionSpec {}

  /** {@code count} instances or tasks interrupted at {@code atMillis} from the start. */
  record Event(long atMillis, int count) {
    public Event {
      if (atMillis < 0 || count < 1) {
        throw new IllegalArgumentException("an interruption event needs a time of at least 0 and a count of at least 1, "
            + "found " + atMillis + " ms, " + count);
      }
    }
  }
}
