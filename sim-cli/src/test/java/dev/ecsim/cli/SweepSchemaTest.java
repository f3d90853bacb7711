package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/sweep.schema.json kept in step with {@link SweepFile}: the same top-level fields, the example
 * of docs/sweeps.md passes, and what the reader refuses the schema refuses too.
 */
class SweepSchemaTest {
  private static final JsonNode SCHEMA_TREE = readJson(Path.of("../docs/sweep.schema.json"));
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA_TREE);

  private static final String VALID = """
      scenario: ../scaling/target-tracking-step.yaml
      replications: 3
      parameters:
        - path: services[0].autoScaling.policies[0].targetValue
          values: [40, 60, 80]
      """;

  @TempDir Path dir;

  @Test
  void theSchemaHasTheFieldsTheReaderAccepts() {
    Set<String> inSchema = new TreeSet<>();
    SCHEMA_TREE.path("properties").fieldNames().forEachRemaining(inSchema::add);
    assertThat(inSchema).isEqualTo(new TreeSet<>(SweepFile.FIELDS));
    Set<String> ofAParameter = new TreeSet<>();
    SCHEMA_TREE.at("/properties/parameters/items/properties").fieldNames().forEachRemaining(ofAParameter::add);
    assertThat(ofAParameter).isEqualTo(new TreeSet<>(SweepFile.PARAMETER_FIELDS));
  }

  @Test
  void theBundledSweepIsTheGuidesExampleAndNamesTheSchema() throws IOException {
    String bundled = Files.readString(Path.of("../scenarios/sweeps/target-vs-instance.yaml"));
    assertThat(bundled.lines().findFirst()).hasValue("# yaml-language-server: $schema=../../docs/sweep.schema.json");
    assertThat(errors(bundled)).isEmpty();
    assertThat(SweepFile.YAML.readTree(bundled)).isEqualTo(SweepFile.YAML.readTree(guideExample()));
  }

  @Test
  void theExampleOfTheSweepGuidePasses() throws IOException {
    String example = guideExample();
    assertThat(example).contains("parameters:").contains("label:");
    assertThat(errors(example)).isEmpty();
    assertThat(errors(VALID)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown field          | 'replications: 3' | 'replications: 3\\nseed: 4'
      replications of 0      | 'replications: 3' | 'replications: 0'
      replications as text   | 'replications: 3' | 'replications: three'
      no values              | '[40, 60, 80]'    | '[]'
      a path that is no path | '.targetValue'    | '..targetValue'
      an unknown field in a parameter | '[40, 60, 80]' | '[40, 60, 80]\n    lable: target'
      a blank label          | '[40, 60, 80]'    | '[40, 60, 80]\n    label: " "'
      a label of 41 characters | '[40, 60, 80]'  | '[40, 60, 80]\n    label: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
      """)
  void whatTheReaderRefusesTheSchemaRefuses(String what, String from, String to) throws IOException {
    String text = VALID.replace(from, to.replace("\\n", "\n"));
    assertThat(text).isNotEqualTo(VALID);
    Path file = Files.writeString(dir.resolve("sweep.yaml"), text);
    assertThatThrownBy(() -> SweepFile.read(file)).isInstanceOf(InvalidOptionException.class);
    assertThat(errors(text)).as(what).isNotEmpty();
  }

  private static String guideExample() throws IOException {
    String guide = Files.readString(Path.of("../docs/sweeps.md"));
    int start = guide.indexOf("```yaml\n") + "```yaml\n".length();
    return guide.substring(start, guide.indexOf("```", start));
  }

  private static List<String> errors(String yaml) throws IOException {
    return SCHEMA.validate(SweepFile.YAML.readTree(yaml)).stream().map(Error::toString).toList();
  }

  private static JsonNode readJson(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file.toAbsolutePath().normalize(), e);
    }
  }
}
