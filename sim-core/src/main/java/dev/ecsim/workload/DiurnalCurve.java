package dev.ecsim.workload;

import dev.ecsim.workload.LoadProfile.Diurnal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;

/**
 * The diurnal curve and its closed-form integral. With x the local clock time of day in seconds
 * and p the peak's: rate = f × (min + (max − min) × (1 + cos(2π (x − p) / D)) / 2), D = 86,400 s,
 * f the weekend factor on Saturdays and Sundays, else 1. Local time comes from the zone's rules,
 * so the peak follows daylight saving time; on a change day the curve jumps by the hour skipped
 * or repeated.
 */
final class DiurnalCurve {
  private static final double DAY_SECONDS = 86_400;
  private static final double OMEGA = 2 * Math.PI / DAY_SECONDS;

  private DiurnalCurve() {}

  static double rate(Diurnal d, long millisSinceStart) {
    ZonedDateTime local = d.startTime().plusMillis(millisSinceStart).atZone(d.zone());
    return factor(d, local) * (d.minPerSecond() + (d.maxPerSecond() - d.minPerSecond()) * shape(d, secondOfDay(local)));
  }

  /**
   * Exact: the interval is cut where the local date or the zone offset changes; within a piece
   * the local time of day moves with the clock and the weekend factor is fixed, so the raised
   * cosine integrates in closed form, and the parts above the capacity are found with acos.
   */
  static double requestsWithin(Diurnal d, long fromMillis, long toMillis, double capacityPerSecond) {
    Piecewise.seconds(fromMillis, toMillis);
    double cap = Math.max(0, capacityPerSecond);
    double total = 0;
    long cursor = fromMillis;
    while (cursor < toMillis) {
      Instant at = d.startTime().plusMillis(cursor);
      ZonedDateTime local = at.atZone(d.zone());
      long end = Math.min(toMillis, sinceStart(d, local.toLocalDate().plusDays(1).atStartOfDay(d.zone()).toInstant()));
      ZoneOffsetTransition change = d.zone().getRules().nextTransition(at);
      if (change != null) {
        end = Math.min(end, sinceStart(d, change.getInstant()));
      }
      double x0 = secondOfDay(local);
      total += piece(d, factor(d, local), x0, x0 + (end - cursor) / 1000.0, cap);
      cursor = end;
    }
    return total;
  }

  /** The integral of min(rate, cap) over local seconds of day [x0, x1) at weekend factor f. */
  private static double piece(Diurnal d, double f, double x0, double x1, double cap) {
    double amplitude = d.maxPerSecond() - d.minPerSecond();
    if (f == 0 || cap == 0) {
      return 0;
    }
    if (amplitude == 0) {
      return Math.min(f * d.minPerSecond(), cap) * (x1 - x0);
    }
    double full = full(d, f, x0, x1);
    // Above the cap where shape > k, i.e. within ±halfWidth of the peak (or of a neighbouring day's).
    double k = (cap / f - d.minPerSecond()) / amplitude;
    if (k >= 1) {
      return full;
    }
    if (k <= 0) {
      return cap * (x1 - x0);
    }
    double halfWidth = Math.acos(2 * k - 1) / OMEGA;
    double peak = peakSecond(d);
    double excess = 0;
    for (int n = -1; n <= 2; n++) {
      double lo = Math.max(x0, peak + n * DAY_SECONDS - halfWidth);
      double hi = Math.min(x1, peak + n * DAY_SECONDS + halfWidth);
      if (hi > lo) {
        excess += full(d, f, lo, hi) - cap * (hi - lo);
      }
    }
    return full - excess;
  }

  /** The unclipped integral over [x0, x1): f × (min·Δx + (max − min) × (G(x1) − G(x0))). */
  private static double full(Diurnal d, double f, double x0, double x1) {
    double amplitude = d.maxPerSecond() - d.minPerSecond();
    return f * (d.minPerSecond() * (x1 - x0) + amplitude * (antiderivative(d, x1) - antiderivative(d, x0)));
  }

  /** G(x) = ∫ (1 + cos(ω(x − p))) / 2 dx = x / 2 + sin(ω(x − p)) / (2ω). */
  private static double antiderivative(Diurnal d, double x) {
    return x / 2 + Math.sin(OMEGA * (x - peakSecond(d))) / (2 * OMEGA);
  }

  private static double shape(Diurnal d, double secondOfDay) {
    return (1 + Math.cos(OMEGA * (secondOfDay - peakSecond(d)))) / 2;
  }

  private static double factor(Diurnal d, ZonedDateTime local) {
    DayOfWeek day = local.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? d.weekendFactor() : 1;
  }

  private static double peakSecond(Diurnal d) {
    return d.peakAt().toSecondOfDay();
  }

  private static double secondOfDay(ZonedDateTime local) {
    return local.toLocalTime().toNanoOfDay() / 1e9;
  }

  private static long sinceStart(Diurnal d, Instant instant) {
    return instant.toEpochMilli() - d.startTime().toEpochMilli();
  }
}
