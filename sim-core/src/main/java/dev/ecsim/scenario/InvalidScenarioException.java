package dev.ecsim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario with one or more problems; carries every issue found, not just the first. */
public final class InvalidScenarioException extends Exception {
  private final List<ValidationIssue> issues;

  public InvalidScenarioException(List<ValidationIssue> issues) {
    super(issues.stream().map(ValidationIssue::format).collect(Collectors.joining("\n")));
    this.issues = List.copyOf(issues);
  }

  public List<ValidationIssue> issues() {
    return issues;
  }
}
