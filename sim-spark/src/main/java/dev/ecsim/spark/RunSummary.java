package dev.ecsim.spark;

import dev.ecsim.metrics.Summary;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * What a Spark task sends back: which run it played ({@link dev.ecsim.cli.SweepPlan.Runs}: point by
 * point, replications in seed order) and that run's summary, typed. The summary is written through
 * {@link RecordCodec} rather than Java serialization, which would need every record of it to be
 * Serializable.
 */
final class RunSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int run;
  private transient Summary summary;

  RunSummary(int run, Summary summary) {
    this.run = run;
    this.summary = summary;
  }

  int run() {
    return run;
  }

  Summary summary() {
    return summary;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    RecordCodec.write(summary, Summary.class, out);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    summary = (Summary) RecordCodec.read(Summary.class, in);
  }
}
