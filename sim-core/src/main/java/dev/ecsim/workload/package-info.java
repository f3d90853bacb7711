/**
 * What a scenario's work looks like as numbers: the distributions of random quantities, a
 * service's load profile (constant, steps, diurnal, spikes, trace) with its exact integrals, and
 * what running tasks make of the load (CPU and memory use, unserved requests). Pure functions of
 * time and counts; nothing here schedules anything.
 *
 * <p>May depend on: nothing else of ecsim; Commons Math for the distributions.
 */
package dev.ecsim.workload;
