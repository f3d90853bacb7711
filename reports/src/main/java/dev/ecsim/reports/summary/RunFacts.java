package dev.ecsim.reports.summary;

import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.Replicated;

/**
 * How a run went on the machine that ran it, written to {@code run.json} beside the report: never a
 * simulated result, so summary.json stays byte-identical for one scenario and seed.
 *
 * @param ecsimVersion the version of ecsim that ran
 * @param java the Java runtime, as {@code java.version} and {@code java.vm.name} say
 * @param replications how many runs the report stands for
 * @param wallMillis wall-clock time of all of them
 * @param simulatedEvents events fired, all replications together
 */
public record RunFacts(String ecsimVersion, String java, int replications, long wallMillis, long simulatedEvents) {

  /** The facts of replications that took {@code wallMillis} in this JVM. */
  public static RunFacts of(String ecsimVersion, Replicated<Summary> runs, long wallMillis) {
    long events = runs.runs().stream().mapToLong(Summary::events).sum();
    return new RunFacts(ecsimVersion, System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
        + ")", runs.count(), wallMillis, events);
  }

  /** Simulated events per wall-clock second: the engine's speed on this machine. */
  public long eventsPerSecond() {
    return wallMillis == 0 ? 0 : Math.round(simulatedEvents * 1000.0 / wallMillis);
  }
}
