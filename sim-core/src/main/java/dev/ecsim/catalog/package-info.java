/**
 * The bundled price catalogues: EC2 instance types (size, architecture, on-demand price, ENI and
 * trunking limits, default spot ratio) and Fargate's rates and valid task sizes, per region, read
 * from the JSON resources under {@code dev/ecsim/catalog} (docs/ecs-behaviour.md §3.1, §4.1).
 * Immutable value types; the JSON shapes are kept apart from them.
 *
 * <p>May depend on: nothing else of ecsim; Jackson to read the files and Commons
 * Text for "did you mean" on an unknown instance type.
 */
package dev.ecsim.catalog;
