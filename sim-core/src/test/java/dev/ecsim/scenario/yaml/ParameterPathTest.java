package dev.ecsim.scenario.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

class ParameterPathTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static ParameterPath path(String text) {
    return ParameterPath.parse(text).orElseThrow();
  }

  @Test
  void parsesNamesAndIndexes() {
    assertThat(path("services[0].autoScaling.policies[1].targetValue").steps())
        .containsExactly("services", 0, "autoScaling", "policies", 1, "targetValue");
    assertThat(path("a.b[0][2]").steps()).containsExactly("a", "b", 0, 2);
    assertThat(path("a.b[01].c").normalized()).isEqualTo("a.b[1].c");
    assertThat(path("a.b[01].c").text()).isEqualTo("a.b[01].c");
    assertThat(path("cluster.x").topLevelField()).contains("cluster");
  }

  @Test
  void rejectsWhatIsNotAPath() {
    assertThat(ParameterPath.parse("")).isEmpty();
    assertThat(ParameterPath.parse("a..b")).isEmpty();
    assertThat(ParameterPath.parse("a.")).isEmpty();
    assertThat(ParameterPath.parse("a[x]")).isEmpty();
    assertThat(ParameterPath.parse("a b")).isEmpty();
    assertThat(ParameterPath.parse("a[99999999999]")).as("an index beyond int is not a path").isEmpty();
    assertThat(ParameterPath.parse("[0]")).isPresent();
  }

  @Test
  void setsOnlyFieldsThatExist() throws Exception {
    JsonNode tree = YAML.readTree("a: {b: [1, 2]}\n");
    assertThat(path("a.b[1]").set(tree, IntNode.valueOf(7))).isEmpty();
    assertThat(tree.at("/a/b/1").asInt()).isEqualTo(7);

    assertThat(path("a.c").set(tree, IntNode.valueOf(1))).contains("no field 'c' in a; fields there: b");
    assertThat(path("a.b[2]").set(tree, IntNode.valueOf(1))).contains("no element [2] in a.b (it has 2)");
    assertThat(tree.toString()).isEqualTo("{\"a\":{\"b\":[1,7]}}");
  }

  @Test
  void setsAScalarAListAndAMapping() throws Exception {
    JsonNode tree = YAML.readTree("a: {b: [1, 2], c: x}\n");
    assertThat(path("a.c").setOrAdd(tree, YAML.readTree("y"))).isEmpty();
    assertThat(path("a.b").setOrAdd(tree, YAML.readTree("[{k: 1}, {k: 2}, {k: 3}]"))).isEmpty();
    assertThat(path("a.b[2].k").setOrAdd(tree, IntNode.valueOf(9))).as("into the list just set").isEmpty();
    assertThat(tree.toString()).isEqualTo("{\"a\":{\"b\":[{\"k\":1},{\"k\":2},{\"k\":9}],\"c\":\"y\"}}");
  }

  @Test
  void setOrAddAddsALastFieldToAMappingThatExists() throws Exception {
    JsonNode tree = YAML.readTree("a: {b: 1}\n");
    assertThat(path("a.c").setOrAdd(tree, YAML.readTree("[{x: 1}]"))).isEmpty();
    assertThat(tree.toString()).isEqualTo("{\"a\":{\"b\":1,\"c\":[{\"x\":1}]}}");

    assertThat(path("a.d.e").setOrAdd(tree, IntNode.valueOf(1))).as("only the last field may be new")
        .contains("no field 'd' in a; fields there: b, c");
    assertThat(path("z").setOrAdd(tree, IntNode.valueOf(1))).isEmpty();
    assertThat(tree.get("z").asInt()).isEqualTo(1);
  }

  @Test
  void indexesMustExistAndAPathCannotGoThroughAScalar() throws Exception {
    JsonNode tree = YAML.readTree("a: {b: [1, 2], s: text}\n");
    assertThat(path("a.b[5]").setOrAdd(tree, IntNode.valueOf(1))).contains("no element [5] in a.b (it has 2)");
    assertThat(path("a.b[0].c").setOrAdd(tree, IntNode.valueOf(1)))
        .contains("no field 'c' in a.b[0]: that is 1, not a mapping");
    assertThat(path("a.s.c").setOrAdd(tree, IntNode.valueOf(1)))
        .contains("no field 'c' in a.s: that is 'text', not a mapping");
    assertThat(path("a[0]").setOrAdd(tree, IntNode.valueOf(1)))
        .contains("no element [0] in a: that is a mapping, not a list");
    assertThat(tree.toString()).isEqualTo("{\"a\":{\"b\":[1,2],\"s\":\"text\"}}");
  }
}
