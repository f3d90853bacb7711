package dev.ecsim.testing;

import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.ValidationIssue;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.util.List;

/** Builds scenarios for tests from YAML text, failing the test with every issue if it is invalid. */
public final class Scenarios {
  private Scenarios() {}

  public static Scenario parse(String yaml) {
    try {
      return ScenarioLoader.parse(yaml, "test.yaml");
    } catch (InvalidScenarioException e) {
      throw new AssertionError("test scenario is invalid:\n" + e.getMessage(), e);
    }
  }

  /** Every issue of a scenario that must be invalid, as ScenarioLoader reports them for "s.yaml". */
  public static List<ValidationIssue> issues(String yaml) {
    try {
      ScenarioLoader.parse(yaml, "s.yaml");
    } catch (InvalidScenarioException e) {
      return e.issues();
    }
    throw new AssertionError("expected the scenario to be invalid");
  }

  /** A cluster of {@code count} instances of one type, on-demand, with one default provider "od". */
  public static String cluster(String instanceType, int count) {
    return """
        cluster:
          availabilityZones: [us-east-1a, us-east-1b, us-east-1c]
          capacityProviders:
            - {name: od, type: ec2, instanceTypes: [%s], minSize: %d, maxSize: %d, desiredSize: %d}
          defaultCapacityProviderStrategy: [{capacityProvider: od, weight: 1}]
        """.formatted(instanceType, count, count, count);
  }
}
