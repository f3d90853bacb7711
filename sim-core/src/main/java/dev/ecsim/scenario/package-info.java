/**
 * The scenario model: the validated, immutable records a simulation reads ({@link
 * dev.ecsim.scenario.Scenario} and one {@code *Spec} record per section), a file's variants
 * ({@link dev.ecsim.scenario.ScenarioFile}), the limits a run is held to ({@link
 * dev.ecsim.scenario.RunLimits}) and how problems are reported ({@link
 * dev.ecsim.scenario.ValidationIssue}, {@link dev.ecsim.scenario.InvalidScenarioException}).
 * How a file becomes these records is in {@link dev.ecsim.scenario.read} (the loader, readers and
 * validator) over {@link dev.ecsim.scenario.yaml} (located YAML and CSV).
 *
 * <p>May depend on: the value vocabularies below it (catalog, workload, query, scaling). Never on
 * its own reading packages (ArchitectureTest), nor on the model that runs a scenario.
 */
package dev.ecsim.scenario;
