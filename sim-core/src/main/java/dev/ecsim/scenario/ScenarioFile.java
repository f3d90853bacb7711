package dev.ecsim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * Everything one scenario file defines: its base scenario and its variants (none for a file without
 * {@code variants:}), every one of them valid.
 */
public record ScenarioFile(Scenario base, List<Variant> variants) {

  public ScenarioFile {
    variants = List.copyOf(variants);
  }

  public Optional<Variant> variant(String name) {
    return variants.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  public List<String> variantNames() {
    return variants.stream().map(Variant::name).toList();
  }
}
