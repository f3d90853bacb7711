/**
 * JMH benchmarks of placement (binpack, spread by zone then binpack, memberOf then spread,
 * random, a task that fits nowhere) on a half-full cluster in steady state; docs/benchmarks.md says how to run them. {@link
 * dev.ecsim.bench.BenchCluster} is the one place here that builds sim-core records.
 *
 * <p>May depend on: the sim-core packages it measures (cluster, placement, catalog, query,
 * scenario) and JMH; never on reports or the CLI.
 */
package dev.ecsim.bench;
