package dev.ecsim.scenario;

/**
 * One named variant of a scenario file: the base scenario with the variant's {@code set} applied.
 * The scenario is named {@code <base name>-<variant name>} (its output directory and the name in
 * its summary); {@code name} is the variant's own, as a compare column is headed.
 */
public record Variant(String name, Scenario scenario) {}
