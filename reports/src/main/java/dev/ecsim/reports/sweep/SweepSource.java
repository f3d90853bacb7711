package dev.ecsim.reports.sweep;

/**
 * Where a sweep came from, for sweep.html's provenance line: the sweep file and the base scenario as
 * given (paths relative to where ecsim ran), and the command that ran it.
 */
public record SweepSource(String sweepFile, String scenario, String command) {}
