package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  static final String BUNDLED = "../scenarios/batch-on-ec2.yaml";

  @Test
  void aValidFileExitsZero() {
    CommandRunner r = CommandRunner.run("validate", BUNDLED);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("batch-on-ec2.yaml: valid");
  }

  @Test
  void aBrokenFileNamesLineAndColumnAndExitsTwoWithoutAStackTrace(@TempDir Path dir) throws Exception {
    String text = Files.readString(Path.of(BUNDLED)).replace("instanceTypes: [m6i.large]", "instanceTypes: [m6i.lrage]");
    Path broken = Files.writeString(dir.resolve("broken.yaml"), text);
    int line = lineOf(text, "m6i.lrage");
    CommandRunner r = CommandRunner.run("validate", BUNDLED, broken.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(broken + ":" + line + ":")
        .contains("cluster.capacityProviders[0].instanceTypes[0]: unknown instance type 'm6i.lrage'")
        .contains("'m6i.large'")
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).contains("batch-on-ec2.yaml: valid");
  }

  @Test
  void yamlThatIsNotYamlIsAnIssueToo(@TempDir Path dir) throws Exception {
    Path broken = Files.writeString(dir.resolve("bad.yaml"), "name: x\n  - : [\n");
    CommandRunner r = CommandRunner.run("validate", broken.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith(broken + ":").contains("not valid YAML");
  }

  private static int lineOf(String text, String needle) {
    String before = text.substring(0, text.indexOf(needle));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }
}
