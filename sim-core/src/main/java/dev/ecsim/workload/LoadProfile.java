package dev.ecsim.workload;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The request rate offered to a service over simulated time, in requests per second: never
 * negative, and deterministic (the same time always gives the same rate). Times are milliseconds
 * since the scenario's start; before time 0 a profile holds its rate at time 0.
 *
 * <p>Besides the rate at an instant, each profile integrates itself exactly over an interval,
 * optionally clipped at a capacity ({@link #requestsWithin}): that is what a service with that
 * capacity serves of it, so served and unserved requests over a run need no numeric quadrature.
 */
public sealed interface LoadProfile {

  /** The offered rate at {@code millisSinceStart}, requests per second. */
  double ratePerSecond(long millisSinceStart);

  /**
   * The requests offered in [{@code fromMillis}, {@code toMillis}) that fit under a capacity of
   * {@code capacityPerSecond}: the integral of min(rate(t), capacity) dt. With an infinite
   * capacity this is every request offered.
   */
  double requestsWithin(long fromMillis, long toMillis, double capacityPerSecond);

  /** Every request offered in [{@code fromMillis}, {@code toMillis}): the integral of the rate. */
  default double requests(long fromMillis, long toMillis) {
    return requestsWithin(fromMillis, toMillis, Double.POSITIVE_INFINITY);
  }

  /** One point of a piecewise profile: from {@code atMillis} the rate is (or heads to) {@code perSecond}. */
  record Point(long atMillis, double perSecond) {
    public Point {
      Piecewise.checkRate(perSecond, "a point's rate");
    }
  }

  /** How a trace fills the time between its points. */
  enum Interpolation {
    /** Each point's rate holds until the next point. */
    STEP,
    /** The rate moves in a straight line from one point to the next. */
    LINEAR
  }

  /** The same rate all the time ({@code constant: 200/s}). */
  record Constant(double perSecond) implements LoadProfile {
    public Constant {
      Piecewise.checkRate(perSecond, "a constant rate");
    }

    @Override
    public double ratePerSecond(long millisSinceStart) {
      return perSecond;
    }

    @Override
    public double requestsWithin(long fromMillis, long toMillis, double capacityPerSecond) {
      return Piecewise.seconds(fromMillis, toMillis) * Math.min(perSecond, Math.max(0, capacityPerSecond));
    }
  }

  /**
   * Piecewise constant ({@code steps: [{at: 0s, rate: 100/s}, {at: 2h, rate: 400/s}]}): each rate
   * holds from its time until the next step's; the last holds to the end of the run.
   */
  record Steps(List<Point> steps) implements LoadProfile {
    public Steps {
      steps = Piecewise.checked(steps, "steps");
    }

    @Override
    public double ratePerSecond(long millisSinceStart) {
      return Piecewise.rate(steps, Interpolation.STEP, millisSinceStart);
    }

    @Override
    public double requestsWithin(long fromMillis, long toMillis, double capacityPerSecond) {
      return Piecewise.requestsWithin(steps, Interpolation.STEP, fromMillis, toMillis, capacityPerSecond);
    }
  }

  /**
   * A recorded rate replayed ({@code trace: {file: traces/web.csv, interpolate: linear}}); after
   * the last point its rate holds. {@code file} is kept for messages and reports only.
   */
  record Trace(String file, Interpolation interpolation, List<Point> points) implements LoadProfile {
    public Trace {
      points = Piecewise.checked(points, "a trace");
    }

    @Override
    public double ratePerSecond(long millisSinceStart) {
      return Piecewise.rate(points, interpolation, millisSinceStart);
    }

    @Override
    public double requestsWithin(long fromMillis, long toMillis, double capacityPerSecond) {
      return Piecewise.requestsWithin(points, interpolation, fromMillis, toMillis, capacityPerSecond);
    }
  }

  /**
   * A daily curve in a time zone: {@code min} at {@code peakAt} − 12 h, {@code max} at
   * {@code peakAt} local time, a raised cosine in between (an ecsim choice, docs/modelling.md
   * "Service load"); Saturdays and Sundays in that zone are multiplied by {@code weekendFactor}.
   * {@code startTime} is the instant simulated time 0 stands for, which anchors time of day.
   */
  record Diurnal(double minPerSecond, double maxPerSecond, LocalTime peakAt, ZoneId zone,
      double weekendFactor, Instant startTime) implements LoadProfile {
    public Diurnal {
      Piecewise.checkRate(minPerSecond, "min");
      if (!(maxPerSecond >= minPerSecond) || Double.isInfinite(maxPerSecond)) {
        throw new IllegalArgumentException("max " + maxPerSecond + " must be finite and at least min " + minPerSecond);
      }
      if (!(weekendFactor >= 0) || Double.isInfinite(weekendFactor)) {
        throw new IllegalArgumentException("weekendFactor must be finite and at least 0, found " + weekendFactor);
      }
    }

    @Override
    public double ratePerSecond(long millisSinceStart) {
      return DiurnalCurve.rate(this, millisSinceStart);
    }

    @Override
    public double requestsWithin(long fromMillis, long toMillis, double capacityPerSecond) {
      return DiurnalCurve.requestsWithin(this, fromMillis, toMillis, capacityPerSecond);
    }
  }

  /** A change of the base rate during [{@code atMillis}, {@code atMillis + durationMillis}). */
  sealed interface Spike {
    long atMillis();

    long durationMillis();

    /** What the base rate is multiplied by while the spike lasts (1 for an added rate). */
    double multiplier();

    /** What is added on top while the spike lasts (0 for a multiplier). */
    double addedPerSecond();

    default boolean activeAt(long millis) {
      return millis >= atMillis() && millis - atMillis() < durationMillis();
    }

    /** {@code rate: 2000/s}: this many requests per second on top of the base. */
    record Add(long atMillis, long durationMillis, double perSecond) implements Spike {
      public Add {
        Spikes.checkWindow(atMillis, durationMillis);
        Piecewise.checkRate(perSecond, "a spike's added rate");
      }

      @Override
      public double multiplier() {
        return 1;
      }

      @Override
      public double addedPerSecond() {
        return perSecond;
      }
    }

    /** {@code multiplier: 4}: the base rate times this factor. */
    record Multiply(long atMillis, long durationMillis, double factor) implements Spike {
      public Multiply {
        Spikes.checkWindow(atMillis, durationMillis);
        if (!(factor >= 0) || Double.isInfinite(factor)) {
          throw new IllegalArgumentException("a spike multiplier is finite and at least 0, found " + factor);
        }
      }

      @Override
      public double multiplier() {
        return factor;
      }

      @Override
      public double addedPerSecond() {
        return 0;
      }
    }
  }

  /**
   * A base profile with spikes. Where spikes overlap, the base is multiplied by every active
   * multiplier and every active added rate comes on top: rate = base × Πfactors + Σadded.
   */
  record Spikes(LoadProfile base, List<Spike> spikes) implements LoadProfile {
    public Spikes {
      spikes = List.copyOf(spikes);
    }

    static void checkWindow(long atMillis, long durationMillis) {
      if (atMillis < 0 || durationMillis <= 0) {
        throw new IllegalArgumentException(
            "a spike starts at 0 or later and lasts above zero, found at " + atMillis + " ms for " + durationMillis + " ms");
      }
    }

    @Override
    public double ratePerSecond(long millisSinceStart) {
      Effect e = effectAt(millisSinceStart);
      return base.ratePerSecond(millisSinceStart) * e.factor() + e.added();
    }

    /**
     * Exact by segments in which the set of active spikes is fixed: there min(m·base + e, cap) is
     * m·min(base, (cap − e) / m) + e while cap > e, else cap.
     */
    @Override
    public double requestsWithin(long fromMillis, long toMillis, double capacityPerSecond) {
      List<Long> edges = new ArrayList<>(List.of(fromMillis, toMillis));
      for (Spike s : spikes) {
        for (long edge : new long[] {s.atMillis(), s.atMillis() + s.durationMillis()}) {
          if (edge > fromMillis && edge < toMillis) {
            edges.add(edge);
          }
        }
      }
      List<Long> sorted = edges.stream().sorted().distinct().toList();
      double total = 0;
      for (int i = 0; i + 1 < sorted.size(); i++) {
        long from = sorted.get(i);
        long to = sorted.get(i + 1);
        Effect e = effectAt(from);
        double factor = e.factor();
        double added = e.added();
        double seconds = Piecewise.seconds(from, to);
        double cap = Math.max(0, capacityPerSecond);
        if (added >= cap) {
          total += cap * seconds;
        } else if (factor == 0) {
          total += added * seconds;
        } else {
          total += factor * base.requestsWithin(from, to, (cap - added) / factor) + added * seconds;
        }
      }
      return total;
    }

    /** The product of the active multipliers and the sum of the active added rates. */
    private Effect effectAt(long millis) {
      double factor = 1;
      double added = 0;
      for (Spike s : spikes) {
        if (s.activeAt(millis)) {
          factor *= s.multiplier();
          added += s.addedPerSecond();
        }
      }
      return new Effect(factor, added);
    }

    private record Effect(double factor, double added) {}
  }
}
