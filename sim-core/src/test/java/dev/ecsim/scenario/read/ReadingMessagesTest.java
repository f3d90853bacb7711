package dev.ecsim.scenario.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.testing.Scenarios;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What a file that cannot be read as a scenario is told: where, and what to do about it. Each case
 * gave a message that said neither (issue 13, item 9).
 */
class ReadingMessagesTest {

  @Test
  void aByteThatIsNotUtf8IsNamedAtItsLineAndColumn() {
    // 'name: x\nduration: 1h\ndescription: "na' then 0xEF (Latin-1's i-diaeresis): line 3, column 17.
    byte[] bytes = "name: x\nduration: 1h\ndescription: \"na\u00efve\"\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> ScenarioLoader.utf8(bytes, "s.yaml"))
        .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.issues()).singleElement()
            .satisfies(i -> {
              assertThat(i.line()).isEqualTo(3);
              assertThat(i.column()).isEqualTo(17);
              assertThat(i.message()).startsWith("not UTF-8: byte 0xEF").contains("save the file as UTF-8");
            }));
  }

  @Test
  void aFileOverTheSizeLimitIsToldTheLimit(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    // It used to say "exceeds the limit: 3145728 code points" at line 15, column 52,428,816.
    java.nio.file.Path big = dir.resolve("big.yaml");
    java.nio.file.Files.writeString(big, "name: big\ndescription: \"" + "x".repeat(4 * 1024 * 1024) + "\"\n");
    assertThatThrownBy(() -> ScenarioLoader.load(big))
        .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.issues()).singleElement()
            .satisfies(i -> assertThat(i.message()).isEqualTo("the file is 4.0 MiB; a scenario file may be at most "
                + "3 MiB (the YAML parser's own limit; long data such as a load belongs in a trace file)")));
  }

  @Test
  void aDeviceIsReadOnlyUpToTheLimit() {
    // /dev/zero has size 0 and never ends: checking the size let it be read until the heap ran out.
    assertThatThrownBy(() -> ScenarioLoader.load(java.nio.file.Path.of("/dev/zero")))
        .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.issues()).singleElement()
            .satisfies(i -> assertThat(i.message()).isEqualTo("it holds more than 3 MiB; a scenario file may be at "
                + "most 3 MiB (the YAML parser's own limit; long data such as a load belongs in a trace file)")));
  }

  @Test
  void aTabInTheIndentationIsNamed() {
    String text = "name: x\ncluster:\n  availabilityZones: [us-east-1a]\n\tcapacityProviders: []\n";
    assertThat(ScenarioLoader.tabHint(text, 3)).isEqualTo(
        "; line 4 is indented with a tab: YAML allows only spaces for indentation");
    assertThat(ScenarioLoader.tabHint("a: 1\nb:\n  c: 2\n", 2)).isEmpty();
  }

  private static String service(String targetValue) {
    return """
        name: web
        duration: 1h
        %s
        taskDefinitions:
          - {family: t, cpu: 512, memory: 1024, containerDefinitions: [{name: c, image: "t:1"}]}
        services:
          - name: web
            taskDefinition: t
            desiredCount: 2
            autoScaling:
              minCapacity: 1
              maxCapacity: 4
              policies:
                - {name: cpu, type: TargetTrackingScaling, predefinedMetric: ECSServiceAverageCPUUtilization, targetValue: %s}
        """.formatted(Scenarios.cluster("m5.large", 1), targetValue);
  }

  @Test
  void yamlsInfinityAndNotANumberAreRefusedAtTheirField() {
    // '.inf' failed the whole file ("Malformed numeric value '.inf'") with no field path.
    assertThat(Scenarios.issues(service(".nan"))).anySatisfy(i -> {
      assertThat(i.path()).isEqualTo("services[0].autoScaling.policies[0].targetValue");
      assertThat(i.message()).isEqualTo("expected a percentage above 0 and at most 100, found '.nan'");
    });
    assertThat(Scenarios.issues(service("60").replace("duration: 1h", "duration: .inf"))).anySatisfy(i -> {
      assertThat(i.path()).isEqualTo("duration");
      assertThat(i.line()).isEqualTo(2);
      assertThat(i.message()).startsWith("'.inf' is not a duration");
    });
    assertThat(Scenarios.issues(service("-.Inf"))).anySatisfy(i ->
        assertThat(i.message()).isEqualTo("expected a percentage above 0 and at most 100, found '-.Inf'"));
  }

  @Test
  void aPercentSignOnAPlainNumberSaysToDropIt() {
    assertThat(Scenarios.parse(service("60")).services()).hasSize(1);
    assertThat(Scenarios.issues(service("60%"))).anySatisfy(i -> {
      assertThat(i.path()).isEqualTo("services[0].autoScaling.policies[0].targetValue");
      assertThat(i.message()).isEqualTo("'60%': targetValue is a plain number of percent; write 60");
    });
  }
}
