package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a build says what it is, from what {@code git describe --always --dirty} answered. */
class BuildInfoTest {

  @Test
  void aCleanBuildNamesItsCommit() {
    assertThat(BuildInfo.of("0.1.0", "4f2a9c01be77\n").describe()).isEqualTo("0.1.0 (commit 4f2a9c01be77)");
  }

  @Test
  void aBuildWithUncommittedChangesSaysSo() {
    assertThat(BuildInfo.of("0.1.0", "4f2a9c01be77-dirty\n").describe())
        .isEqualTo("0.1.0 (commit 4f2a9c01be77, with uncommitted changes)");
  }

  @Test
  void aTaggedCommitIsNamedAsGitDescribesIt() {
    assertThat(BuildInfo.of("0.2.0", "v0.2.0-3-g4f2a9c01be77\n").describe())
        .isEqualTo("0.2.0 (commit v0.2.0-3-g4f2a9c01be77)");
  }

  @Test
  void aBuildOutsideGitSaysTheCommitIsUnknown() {
    assertThat(BuildInfo.of("0.1.0", "").describe()).isEqualTo("0.1.0 (built outside Git: commit unknown)");
  }
}
