package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** How a build says what it is, from the properties the Git plugin writes. */
class BuildInfoTest {

  private static Properties git(String commit, String dirty) {
    Properties p = new Properties();
    p.setProperty("git.commit.id.abbrev", commit);
    p.setProperty("git.dirty", dirty);
    return p;
  }

  @Test
  void aCleanBuildNamesItsCommit() {
    assertThat(BuildInfo.of("0.1.0", git("4f2a9c01be77", "false")).describe())
        .isEqualTo("0.1.0 (commit 4f2a9c01be77)");
  }

  @Test
  void aBuildWithUncommittedChangesSaysSo() {
    assertThat(BuildInfo.of("0.1.0", git("4f2a9c01be77", "true")).describe())
        .isEqualTo("0.1.0 (commit 4f2a9c01be77, with uncommitted changes)");
  }

  @Test
  void aBuildOutsideGitSaysTheCommitIsUnknown() {
    assertThat(BuildInfo.of("0.1.0", new Properties()).describe())
        .isEqualTo("0.1.0 (built outside Git: commit unknown)");
  }
}
