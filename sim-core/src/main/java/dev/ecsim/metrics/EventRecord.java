package dev.ecsim.metrics;

/**
 * One line of the run's event log, the ECS "service events" of the simulation: what happened, to
 * what, and a sentence a person can read.
 */
public record EventRecord(long timeMillis, String type, String source, String message) {}
