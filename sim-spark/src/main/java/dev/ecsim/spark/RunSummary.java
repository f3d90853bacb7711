package dev.ecsim.spark;

import dev.ecsim.metrics.Summary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * What a Spark task sends back: which run it played ({@link dev.ecsim.cli.SweepPlan.Runs}: point by
 * point, replications in seed order) and that run's summary, typed. The summary is held as the
 * bytes {@link RecordCodec} writes, a field any {@code spark.serializer} carries (Java
 * serialization would need every record of the summary Serializable; Kryo cannot build records).
 */
final class RunSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int run;
  private final byte[] summary;

  RunSummary(int run, Summary summary) {
    this.run = run;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      RecordCodec.write(summary, Summary.class, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.summary = bytes.toByteArray();
  }

  int run() {
    return run;
  }

  Summary summary() {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(summary))) {
      return (Summary) RecordCodec.read(Summary.class, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
