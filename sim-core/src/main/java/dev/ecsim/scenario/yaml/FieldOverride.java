package dev.ecsim.scenario.yaml;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A new value for one field of a scenario file, applied to its YAML tree before the tree is read,
 * so the value is checked exactly as if it had been written there (a sweep point's parameter).
 */
public record FieldOverride(ParameterPath path, JsonNode value) {}
