/**
 * A scenario file into validated, immutable records. The path: YAML text into a Jackson tree
 * with every key's line and column ({@link dev.ecsim.scenario.LocatedYaml}, {@link
 * dev.ecsim.scenario.SourceMap}); the tree into records by the readers ({@link
 * dev.ecsim.scenario.ScenarioReader} and one reader per section), each problem reported to a
 * {@link dev.ecsim.scenario.ReadContext} rather than thrown; the records checked as a whole by
 * {@link dev.ecsim.scenario.ScenarioValidator} and {@link dev.ecsim.scenario.RunLimits}. {@link
 * dev.ecsim.scenario.ScenarioLoader} is the entry point; variants and sweep points are the same
 * tree with fields overridden, their problems still located in the one file.
 *
 * <p>May depend on: the value vocabularies below it (catalog, workload, query, scaling); Jackson,
 * Commons CSV (trace files) and Commons Text (suggestions). Never on the model that runs a
 * scenario.
 */
package dev.ecsim.scenario;
