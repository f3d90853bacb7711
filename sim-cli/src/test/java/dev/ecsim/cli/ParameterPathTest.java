package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import org.junit.jupiter.api.Test;

class ParameterPathTest {

  @Test
  void parsesNamesAndIndexes() {
    assertThat(ParameterPath.parse("services[0].autoScaling.policies[1].targetValue").orElseThrow().steps())
        .containsExactly("services", 0, "autoScaling", "policies", 1, "targetValue");
    assertThat(ParameterPath.parse("a.b[0][2]").orElseThrow().steps()).containsExactly("a", "b", 0, 2);
  }

  @Test
  void rejectsWhatIsNotAPath() {
    assertThat(ParameterPath.parse("")).isEmpty();
    assertThat(ParameterPath.parse("a..b")).isEmpty();
    assertThat(ParameterPath.parse("a.")).isEmpty();
    assertThat(ParameterPath.parse("a[x]")).isEmpty();
    assertThat(ParameterPath.parse("[0]")).isPresent();
  }

  @Test
  void setsOnlyFieldsThatExist() throws Exception {
    JsonNode tree = SweepFile.YAML.readTree("a: {b: [1, 2]}\n");
    ParameterPath ok = ParameterPath.parse("a.b[1]").orElseThrow();
    assertThat(ok.set(tree, IntNode.valueOf(7))).isEmpty();
    assertThat(tree.at("/a/b/1").asInt()).isEqualTo(7);

    assertThat(ParameterPath.parse("a.c").orElseThrow().set(tree, IntNode.valueOf(1)))
        .contains("no field 'c' in a; fields there: b");
    assertThat(ParameterPath.parse("a.b[2]").orElseThrow().set(tree, IntNode.valueOf(1)))
        .contains("no element [2] in a.b (it has 2)");
  }
}
