package dev.ecsim.metrics;

import dev.ecsim.engine.Engine;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples every column once per metrics period, the way CloudWatch keeps one datapoint per period:
 * a row at time t describes the period that ends at t. Sampling is an event per period, never per
 * simulation event. The last row, at the horizon, is taken by {@link #sampleFinal} after the bill
 * is closed.
 */
public final class Sampler {

  /** One column: reads its value for the period (start, end]. */
  public interface Column {
    SeriesKey key();

    double read(long periodStart, long periodEnd);
  }

  /** A column that reads a plain instantaneous figure. */
  public record Gauge(SeriesKey key, java.util.function.LongToDoubleFunction atTime) implements Column {
    @Override
    public double read(long periodStart, long periodEnd) {
      return atTime.applyAsDouble(periodEnd);
    }
  }

  /** Period average of numerator / denominator in percent, exact from their time integrals. */
  public static final class RatioPct implements Column {
    private final SeriesKey key;
    private final TimeIntegral numerator;
    private final TimeIntegral denominator;
    private double lastNumerator;
    private double lastDenominator;

    public RatioPct(SeriesKey key, TimeIntegral numerator, TimeIntegral denominator) {
      this.key = key;
      this.numerator = numerator;
      this.denominator = denominator;
    }

    @Override
    public SeriesKey key() {
      return key;
    }

    @Override
    public double read(long periodStart, long periodEnd) {
      double n = numerator.integralUntil(periodEnd);
      double d = denominator.integralUntil(periodEnd);
      double dn = n - lastNumerator;
      double dd = d - lastDenominator;
      lastNumerator = n;
      lastDenominator = d;
      return dd <= 0 ? 0 : 100.0 * dn / dd;
    }
  }

  private final Engine engine;
  private final long period;
  private final long horizon;
  private final List<Column> columns;
  private final TimeSeries series;
  private final double[] row;
  private long lastSample;

  public Sampler(Engine engine, long periodMillis, long horizonMillis, List<Column> columns) {
    this.engine = engine;
    this.period = periodMillis;
    this.horizon = horizonMillis;
    this.columns = List.copyOf(columns);
    List<SeriesKey> keys = new ArrayList<>();
    columns.forEach(c -> keys.add(c.key()));
    this.series = new TimeSeries(keys);
    this.row = new double[columns.size()];
  }

  public void start() {
    scheduleNext();
  }

  /** Values sampled so far (rows x series): what the run holds of its time series. */
  public long valuesHeld() {
    return (long) series.rows() * columns.size();
  }

  /** The row at the horizon; call once the run and its bill are closed. */
  public TimeSeries sampleFinal() {
    if (lastSample < horizon || series.rows() == 0) {
      sample(horizon);
    }
    return series;
  }

  private void scheduleNext() {
    long next = lastSample + period;
    if (next < horizon) {
      engine.schedule(next, () -> {
        sample(engine.now());
        scheduleNext();
      });
    }
  }

  private void sample(long now) {
    for (int i = 0; i < columns.size(); i++) {
      row[i] = columns.get(i).read(lastSample, now);
    }
    series.addRow(now, row);
    lastSample = now;
  }
}
