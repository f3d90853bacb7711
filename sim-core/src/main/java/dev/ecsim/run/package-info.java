/**
 * One simulation run, the top of sim-core: {@link dev.ecsim.run.Simulation} builds the cluster,
 * capacity, billing, schedulers and sampler for a scenario on one engine, plays it to the horizon
 * and returns a {@link dev.ecsim.metrics.RunResult}; the summary is assembled here, and a heap
 * watch stops a run that would exhaust memory with one line that says why.
 *
 * <p>May depend on: any package of sim-core. Nothing in sim-core depends on it; the CLI calls it, as
 * does any program embedding sim-core (docs/library.md).
 */
package dev.ecsim.run;
