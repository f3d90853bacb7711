/**
 * A run's results as types, the only part of sim-core the reports read: {@link
 * dev.ecsim.metrics.RunResult}, {@link dev.ecsim.metrics.Summary} (field for field the
 * summary.json contract), {@link dev.ecsim.metrics.TimeSeries} with its column names, task and
 * event records and the sinks a run streams them to, placement explanations, and the statistics
 * over replications ({@link dev.ecsim.metrics.Replicated}, {@link dev.ecsim.metrics.Estimate},
 * {@link dev.ecsim.metrics.Replications} for summary.json's tree). Also the collectors the run
 * fills as it goes (sampler, event log, task aggregator, time integrals).
 *
 * <p>May depend on: the engine (the sampler schedules on it) and nothing else of ecsim; Jackson
 * for the summary tree and Commons Math for the t distribution. Anything added here becomes
 * visible to the reports module, so it must not pull in the model.
 */
package dev.ecsim.metrics;
