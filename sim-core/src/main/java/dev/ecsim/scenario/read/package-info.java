/**
 * A scenario file into the model: {@link dev.ecsim.scenario.read.ScenarioLoader} is the entry
 * point; {@link dev.ecsim.scenario.read.ScenarioReader} and one reader per section turn the located
 * tree into records, every problem located at its line and column; {@link
 * dev.ecsim.scenario.read.ScenarioValidator} and {@link dev.ecsim.scenario.read.FargateRules} check
 * the records as a whole (cross-references, ECS's own refusals), and {@link
 * dev.ecsim.scenario.RunLimits} what a run may hold. Variants and sweep points are the same tree with
 * fields overridden, their problems still located in the one file. A task definition JSON file the
 * scenario names ({@link dev.ecsim.scenario.read.TaskDefinitionFile}) goes through the inline
 * reader's checks, its problems located in that file.
 *
 * <p>May depend on: the scenario model and {@link dev.ecsim.scenario.yaml}, and the value
 * vocabularies below them (catalog, workload, query, scaling).
 */
package dev.ecsim.scenario.read;
