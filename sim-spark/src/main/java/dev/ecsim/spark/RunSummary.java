package dev.ecsim.spark;

import dev.ecsim.metrics.Summary;

/**
 * What a Spark task sends back: which run it played ({@link dev.ecsim.cli.SweepPlan.Runs}: point by
 * point, replications in seed order) and that run's summary, typed. The summary is held as its Java
 * serialization's bytes, which any {@code spark.serializer} carries as they are (Kryo, which
 * clusters often set, cannot build records).
 */
final class RunSummary implements Played {
  private static final long serialVersionUID = 1L;

  private final int run;
  private final byte[] summary;

  RunSummary(int run, Summary summary) {
    this.run = run;
    this.summary = JavaBytes.of(summary);
  }

  @Override
  public int run() {
    return run;
  }

  Summary summary() {
    return JavaBytes.read(summary, Summary.class);
  }
}
