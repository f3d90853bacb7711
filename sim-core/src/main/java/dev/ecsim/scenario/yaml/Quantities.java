package dev.ecsim.scenario.yaml;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the scenario's quantities with units: durations ({@code 90s}), memory ({@code 2GiB}), CPU
 * ({@code 0.5vCPU}), rates ({@code 38.4/h}) and throughputs ({@code 25MiB/s}). Every error names the
 * bad value and the accepted forms.
 */
public final class Quantities {
  private Quantities() {}

  private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)";
  private static final Pattern DURATION = Pattern.compile(NUMBER + "\\s*(ms|s|m|min|h|d)");
  private static final Pattern MEMORY = Pattern.compile(NUMBER + "\\s*(MiB|MB|GiB|GB)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern CPU = Pattern.compile(NUMBER + "\\s*(vCPU)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern RATE = Pattern.compile(NUMBER + "\\s*/\\s*(s|m|min|h|d)");
  private static final Pattern THROUGHPUT = Pattern.compile(NUMBER + "\\s*(MiB|MB)/s", Pattern.CASE_INSENSITIVE);

  /** {@code 500ms}, {@code 90s}, {@code 5m}, {@code 2h}, {@code 7d} (decimals allowed) to milliseconds. */
  public static long durationMillis(String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      throw new QuantityException(
          "'" + text + "' is not a duration; use a number and a unit: 500ms, 90s, 5m, 2h, 7d");
    }
    double value = Double.parseDouble(m.group(1));
    double millisPerUnit = switch (m.group(2)) {
      case "ms" -> 1;
      case "s" -> 1_000;
      case "m", "min" -> 60_000;
      case "h" -> 3_600_000;
      case "d" -> 86_400_000;
      default -> throw new IllegalStateException(m.group(2));
    };
    double millis = value * millisPerUnit;
    if (millis > MAX_DURATION_MILLIS) {
      // Refused rather than rounded to Long.MAX_VALUE: a saturated duration read as "valid".
      throw new QuantityException("'" + text + "' is too long: a duration may be at most 36500d (100 years)");
    }
    return Math.round(millis);
  }

  /** The longest duration any field takes, 100 years: far beyond any limit, far from overflow. */
  public static final long MAX_DURATION_MILLIS = 36_500L * 86_400_000L;

  /**
   * Memory in MiB: a bare number is MiB (as in a task definition); GB counts 1,024 MiB, as ECS reads
   * {@code "2 GB"} in a task definition.
   */
  public static int memoryMiB(String text) {
    Matcher m = MEMORY.matcher(text.trim());
    if (!m.matches()) {
      throw new QuantityException(
          "'" + text + "' is not an amount of memory; use MiB (512 or 512MiB) or GiB/GB (2GiB, 2GB)");
    }
    double value = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "mib" : m.group(2).toLowerCase(Locale.ROOT);
    double mib = unit.startsWith("g") ? value * 1024 : value;
    return wholeNumber(mib, text, "MiB");
  }

  /** CPU units: a bare number is CPU units; {@code 0.5vCPU} is 512 units (1 vCPU = 1,024 units). */
  public static int cpuUnits(String text) {
    Matcher m = CPU.matcher(text.trim());
    if (!m.matches()) {
      throw new QuantityException(
          "'" + text + "' is not a CPU amount; use CPU units (1024) or vCPU (0.5vCPU)");
    }
    double value = Double.parseDouble(m.group(1));
    double units = m.group(2) == null ? value : value * 1024;
    return wholeNumber(units, text, "CPU units");
  }

  /** A rate such as {@code 200/s}, {@code 30/h} or {@code 38.4/h}, in events per second. */
  public static double perSecond(String text) {
    Matcher m = RATE.matcher(text.trim());
    if (!m.matches()) {
      throw new QuantityException(
          "'" + text + "' is not a rate; use a number per unit: 200/s, 90/m, 38.4/h, 12/d");
    }
    double value = Double.parseDouble(m.group(1));
    double seconds = switch (m.group(2)) {
      case "s" -> 1;
      case "m", "min" -> 60;
      case "h" -> 3_600;
      case "d" -> 86_400;
      default -> throw new IllegalStateException(m.group(2));
    };
    return value / seconds;
  }

  /** A data throughput such as {@code 25MiB/s}, in MiB per second (MB counts as MiB). */
  public static double mibPerSecond(String text) {
    Matcher m = THROUGHPUT.matcher(text.trim());
    if (!m.matches()) {
      throw new QuantityException("'" + text + "' is not a throughput; use MiB per second: 25MiB/s");
    }
    return Double.parseDouble(m.group(1));
  }

  private static int wholeNumber(double value, String text, String unit) {
    if (value != Math.rint(value) || value > Integer.MAX_VALUE) {
      throw new QuantityException("'" + text + "' is " + NumericField.show(value) + " " + unit + "; it must be a whole number of "
          + unit);
    }
    return (int) value;
  }
}
