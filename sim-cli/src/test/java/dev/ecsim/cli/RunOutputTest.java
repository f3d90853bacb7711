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
        .contains("  memory reservation (avg)     n/a\n")
        // Nor are instance counts and hours: the rule report.html and compare share (Applicability).
        .contains("  instances launched / peak    n/a / n/a\n")
        .contains("  instance-hours               n/a\n");
    // The service's figures summary.json has, on two lines.
    assertThat(r.out()).containsPattern("  service web +[0-9.]+ running \\(avg\\), desired [0-9]+-[0-9]+, [0-9]+ out / "
        + "[0-9]+ in\n +CPU [0-9.]+ %, unserved [0-9.]+ %, below desired [0-9,.]+ s\n");
  }
}
