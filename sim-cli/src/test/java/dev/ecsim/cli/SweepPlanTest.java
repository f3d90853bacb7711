package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How a sweep names one of its runs, for a run that stops at a limit (here and on Spark alike). */
class SweepPlanTest {
  private static final Path BUNDLED = Path.of("../scenarios/sweeps/target-vs-instance.yaml");

  @Test
  void aRunIsNamedByItsPointsSettingsAndItsSeed() throws Exception {
    SweepPlan plan = SweepPlan.read(BUNDLED, 2);

    // The grid runs the first parameter slowest: points 40/large, 40/xlarge, 60/large, ... The base
    // scenario (scaling/target-tracking-step.yaml) has seed 3, and replication r plays seed 3 + r.
    assertThat(plan.runName(0, 0)).isEqualTo("sweep point 1 (services[0].autoScaling.policies[0].targetValue=40, "
        + "cluster.capacityProviders[0].instanceTypes[0]=m6i.large), seed 3");
    assertThat(plan.runName(3, 1)).isEqualTo("sweep point 4 (services[0].autoScaling.policies[0].targetValue=60, "
        + "cluster.capacityProviders[0].instanceTypes[0]=m6i.xlarge), seed 4");
  }

  @Test
  void theHeadlineNamesTheBaseScenarioWithoutDetours() throws Exception {
    // The sweep file names ../scaling/target-tracking-step.yaml from scenarios/sweeps/.
    assertThat(SweepPlan.read(BUNDLED, 2).headline())
        .isEqualTo("6 points x 2 replications of ../scenarios/scaling/target-tracking-step.yaml");
  }
}
