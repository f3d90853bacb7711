/**
 * Reading input files with every value's place in them: YAML text into a Jackson tree with each
 * key's line and column ({@link dev.ecsim.scenario.yaml.LocatedYaml}, {@link
 * dev.ecsim.scenario.yaml.SourceMap}); typed access to it that reports each problem at its field
 * to a {@link dev.ecsim.scenario.yaml.ReadContext} instead of throwing ({@link
 * dev.ecsim.scenario.yaml.Node}, {@link dev.ecsim.scenario.yaml.Mapping}); quantities with units
 * ({@link dev.ecsim.scenario.yaml.Quantities}); field overrides for variants and sweeps ({@link
 * dev.ecsim.scenario.yaml.Overrides}, {@link dev.ecsim.scenario.yaml.ParameterPath}); CSV trace
 * files read once per load and bounded ({@link dev.ecsim.scenario.yaml.CsvTrace}, {@link
 * dev.ecsim.scenario.yaml.TraceFiles}, {@link dev.ecsim.scenario.yaml.BoundedRead}); every file a
 * scenario names read through one seam, the file system or bytes sent from elsewhere ({@link
 * dev.ecsim.scenario.yaml.SourceFiles}, {@link dev.ecsim.scenario.yaml.RecordingFiles}).
 *
 * <p>May depend on: the scenario model (its spelled enums and issue type); Jackson, SnakeYAML,
 * Commons CSV and Commons Text. Never on the readers that use it.
 */
package dev.ecsim.scenario.yaml;
