package dev.ecsim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * Everything one scenario file defines: its base scenario and its variants (none for a file without
 * {@code variants:}), every one of them valid; and the notes {@code validate} prints beside it,
 * which are not problems (fields of a task definition file that are not simulated, images that took
 * the default size).
 */
public record ScenarioFile(Scenario base, List<Variant> variants, List<ValidationIssue> notes) {

  public ScenarioFile {
    variants = List.copyOf(variants);
    notes = List.copyOf(notes);
  }

  public ScenarioFile(Scenario base, List<Variant> variants) {
    this(base, variants, List.of());
  }

  public Optional<Variant> variant(String name) {
    return variants.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  public List<String> variantNames() {
    return variants.stream().map(Variant::name).toList();
  }
}
