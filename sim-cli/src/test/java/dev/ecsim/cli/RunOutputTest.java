package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `ecsim run` prints: services beside jobs, and "n/a" for a figure that does not apply. */
class RunOutputTest {

  @Test
  void aFargateRunSaysItsServicesAndThatReservationDoesNotApply(@TempDir Path dir) {
    CommandRunner r = CommandRunner.run("run", "../scenarios/fargate-vs-ec2/fargate.yaml", "--horizon", "6h", "-o",
        dir.resolve("out").toString(), "--no-charts");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // No instance ever registers on Fargate: a reservation of registered instances is not 0 %, it is
    // undefined.
    assertThat(r.out()).contains("  CPU reservation (avg)        n/a\n")
        .contains("  memory reservation (avg)     n/a\n");
    // The service's figures summary.json has, on two lines.
    assertThat(r.out()).containsPattern("  service web +[0-9.]+ running \\(avg\\), desired [0-9]+-[0-9]+, [0-9]+ out / "
        + "[0-9]+ in\n +CPU [0-9.]+ %, unserved [0-9.]+ %, below desired [0-9,]+ s\n");
  }

  @Test
  void placementFailuresAreCountedWithTheCommonestReason(@TempDir Path dir) {
    // scenarios/placement/constraints.yaml, worked by hand: tasks 4-6 fail when submitted (3); task 1
    // stopping places task 4, and task 5 fails again (task 6 shares its request and is not tried);
    // task 2 stopping places task 5 and task 6 fails again; task 3 stopping places task 6. Each time
    // the closest candidate is ci-000001, the oldest of the equally close, refused by memberOf.
    CommandRunner r = CommandRunner.run("run", "../scenarios/placement/constraints.yaml", "-o",
        dir.resolve("out").toString(), "--no-charts");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("  placement failures           5 (MemberOf 5)\n");
  }
}
