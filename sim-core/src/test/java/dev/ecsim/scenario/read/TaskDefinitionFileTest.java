package dev.ecsim.scenario.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.scenario.ContainerSpec;
import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.PortMapping;
import dev.ecsim.scenario.ScenarioFile;
import dev.ecsim.scenario.TaskDefinitionSpec;
import dev.ecsim.scenario.ValidationIssue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code taskDefinitions: [{file: ...}]}: JSON as {@code aws ecs describe-task-definition} prints
 * it or {@code register-task-definition --cli-input-json} takes it, read through the inline
 * reader's checks, every problem located in the JSON file.
 */
class TaskDefinitionFileTest {
  @TempDir
  Path dir;

  private static final Path DESCRIBE = Path.of("src/test/resources/taskdefs/web-describe.json");

  private static String scenario(String taskDefinitions, String more) {
    return """
        name: s
        duration: 1h
        cluster:
          capacityProviders:
            - {name: FARGATE, type: fargate}
          defaultCapacityProviderStrategy: [{capacityProvider: FARGATE}]
        %s
        taskDefinitions:
        %s
        """.formatted(more, taskDefinitions.indent(2).stripTrailing());
  }

  private ScenarioFile load(String yaml) throws InvalidScenarioException {
    return ScenarioLoader.parseFile(yaml, dir.resolve("s.yaml").toString());
  }

  private List<ValidationIssue> issues(String yaml) {
    try {
      load(yaml);
    } catch (InvalidScenarioException e) {
      return e.issues();
    }
    throw new AssertionError("expected the scenario to be invalid");
  }

  private void write(String name, String json) throws IOException {
    Files.createDirectories(dir.resolve(name).getParent());
    Files.writeString(dir.resolve(name), json);
  }

  @Test
  void aDescribeOutputGivesTheFieldsThatChangeARun() throws Exception {
    Files.createDirectories(dir.resolve("taskdefs"));
    Files.copy(DESCRIBE, dir.resolve("taskdefs/web.json"));
    TaskDefinitionSpec def = load(scenario("- file: taskdefs/web.json", "")).base().taskDefinitions().get(0);
    // Figures as written in web-describe.json.
    assertThat(def.family()).isEqualTo("web");
    assertThat(def.cpu()).isEqualTo(OptionalInt.of(1024));
    assertThat(def.memory()).isEqualTo(OptionalInt.of(2048));
    assertThat(def.networkMode()).isEqualTo(TaskDefinitionSpec.NetworkMode.AWSVPC);
    assertThat(def.fargateCompatible()).isTrue();
    assertThat(def.ephemeralStorageGiB()).isEqualTo(30);
    ContainerSpec web = def.containerDefinitions().get(0);
    assertThat(web.cpu()).isEqualTo(768);
    assertThat(web.memory()).isEqualTo(OptionalInt.of(1536));
    assertThat(web.memoryReservation()).isEqualTo(OptionalInt.of(1024));
    assertThat(web.stopTimeoutMillis()).isEqualTo(45_000);
    assertThat(web.healthCheckIntervalMillis()).isEqualTo(OptionalLong.of(15_000));
    assertThat(web.portMappings()).containsExactly(new PortMapping(8080, OptionalInt.of(8080), PortMapping.Protocol.TCP));
    ContainerSpec router = def.containerDefinitions().get(1);
    assertThat(router.memoryReservation()).isEqualTo(OptionalInt.of(50));
    assertThat(router.stopTimeoutMillis()).isEqualTo(ContainerSpec.DEFAULT_STOP_TIMEOUT_MILLIS);
  }

  @Test
  void whatIsNotSimulatedIsListedOnceAndTheDefaultImagesAreNamed() throws Exception {
    Files.createDirectories(dir.resolve("taskdefs"));
    Files.copy(DESCRIBE, dir.resolve("taskdefs/web.json"));
    ScenarioFile file = load(scenario("- file: taskdefs/web.json",
        "images: {\"public.ecr.aws/aws-observability/aws-for-fluent-bit:*\": 100MiB}"));
    String json = dir.resolve("taskdefs/web.json").toString();
    List<String> notes = file.notes().stream().map(ValidationIssue::formatAsNote).toList();
    assertThat(notes).containsExactly(
        json + ":1:1: note: accepted but not simulated: tags, taskDefinitionArn, taskRoleArn, executionRoleArn, "
            + "revision, volumes, status, requiresAttributes, compatibilities, registeredAt, registeredBy, "
            + "enableFaultInjection, containerDefinitions[].entryPoint, containerDefinitions[].command, "
            + "containerDefinitions[].environment, containerDefinitions[].environmentFiles, "
            + "containerDefinitions[].mountPoints, containerDefinitions[].volumesFrom, "
            + "containerDefinitions[].linuxParameters, containerDefinitions[].secrets, "
            + "containerDefinitions[].dependsOn, containerDefinitions[].user, "
            + "containerDefinitions[].readonlyRootFilesystem, containerDefinitions[].dockerLabels, "
            + "containerDefinitions[].ulimits, containerDefinitions[].logConfiguration, "
            + "containerDefinitions[].systemControls, containerDefinitions[].portMappings[].name, "
            + "containerDefinitions[].portMappings[].appProtocol, containerDefinitions[].healthCheck.command, "
            + "containerDefinitions[].firelensConfiguration",
        // The web image has no entry: line 7, column 26 of web-describe.json is its value.
        json + ":7:26: note: /taskDefinition/containerDefinitions/0/image: image "
            + "'123456789012.dkr.ecr.us-east-1.amazonaws.com/web:2025-03-14-a1b2c3d' matches no entry of the "
            + "scenario's images:, so it is taken to be 250 MiB (the default)");
    assertThat(file.base().taskDefinitions().get(0).containerDefinitions())
        .extracting(c -> c.image().sizeMiB()).containsExactly(ImageSizes.DEFAULT_SIZE_MIB, 100.0);
  }

  @Test
  void aFieldAwsDoesNotHaveIsLocatedInTheJsonFile() throws Exception {
    write("taskdefs/web.json", """
        {
          "taskDefinition": {
            "family": "web",
            "requiresCompatibilities": ["FARGATE"],
            "networkMode": "awsvpc",
            "cpu": "256",
            "memory": "512",
            "containerDefinitions": [
              {
                "name": "web",
                "image": "nginx:1.27",
                "memry": 256
              }
            ]
          }
        }
        """);
    String json = dir.resolve("taskdefs/web.json").toString();
    assertThat(issues(scenario("- file: taskdefs/web.json", ""))).extracting(ValidationIssue::format).containsExactly(
        json + ":12:9: /taskDefinition/containerDefinitions/0/memry: unknown field 'memry': ContainerDefinition "
            + "(ECS API reference) has no such field; did you mean 'memory'?");
  }

  @Test
  void aFargateSizeAwsRefusesIsRefusedAsInlineAtTheJsonField() throws Exception {
    write("bad.json", """
        {
          "family": "web",
          "requiresCompatibilities": ["FARGATE"],
          "networkMode": "awsvpc",
          "cpu": "1 vCPU",
          "memory": "1 GB",
          "containerDefinitions": [{"name": "web", "image": "nginx:1.27"}]
        }
        """);
    List<ValidationIssue> fromFile = issues(scenario("- file: bad.json", ""));
    List<ValidationIssue> inline = issues(scenario("""
        - family: web
          requiresCompatibilities: [FARGATE]
          networkMode: awsvpc
          cpu: 1 vCPU
          memory: 1 GB
          containerDefinitions: [{name: web, image: "nginx:1.27"}]
        """, ""));
    // ECS: 1 vCPU takes 2 to 8 GB (docs/ecs-behaviour.md §3.1); 1 GB is refused, not rounded.
    assertThat(fromFile).hasSize(1);
    assertThat(inline).hasSize(1);
    assertThat(fromFile.get(0).message()).isEqualTo(inline.get(0).message())
        .startsWith("memory 1024 MiB is not valid with cpu 1024 on Fargate");
    assertThat(fromFile.get(0).file()).isEqualTo(dir.resolve("bad.json").toString());
    assertThat(fromFile.get(0).path()).isEqualTo("/memory");
    assertThat(fromFile.get(0).line()).isEqualTo(6);
  }

  @Test
  void aFamilyBesideTheFileRenamesIt() throws Exception {
    Files.copy(DESCRIBE, dir.resolve("web.json"));
    List<TaskDefinitionSpec> defs = load(scenario("""
        - file: web.json
        - {file: web.json, family: web-canary}
        """, "")).base().taskDefinitions();
    assertThat(defs).extracting(TaskDefinitionSpec::family).containsExactly("web", "web-canary");
    assertThat(defs.get(1).containerDefinitions()).isEqualTo(defs.get(0).containerDefinitions());
  }

  @Test
  void aFamilyDefinedTwiceIsToldAtTheFamilyThatRepeatsIt() throws Exception {
    Files.copy(DESCRIBE, dir.resolve("web.json"));
    // Line 10 of the scenario: after six lines, a blank one, "taskDefinitions:" and the file entry.
    List<ValidationIssue> found = issues(scenario("""
        - file: web.json
        - family: web
          cpu: 256
          memory: 512
          containerDefinitions: [{name: c, image: "c:1"}]
        """, ""));
    assertThat(found).extracting(ValidationIssue::format)
        .containsExactly(dir.resolve("s.yaml") + ":10:13: taskDefinitions[1].family: family 'web' is defined twice");
  }

  @Test
  void onlyFamilyMayStandBesideTheFile() throws Exception {
    Files.copy(DESCRIBE, dir.resolve("web.json"));
    assertThat(issues(scenario("- {file: web.json, cpu: 512}", ""))).extracting(ValidationIssue::message)
        .containsExactly("'cpu' comes from the file; beside 'file' only 'family' may be given, to rename the definition");
  }

  @Test
  void aMissingFileADirectoryAndNotJsonAreToldAtTheFileField() throws Exception {
    Files.createDirectories(dir.resolve("adir"));
    write("notjson.json", "family: web\n");
    List<ValidationIssue> found = issues(scenario("""
        - file: missing.json
        - file: adir
        - file: notjson.json
        """, ""));
    assertThat(found).extracting(ValidationIssue::message).anySatisfy(m -> assertThat(m)
        .startsWith("no task definition file 'missing.json'"));
    assertThat(found).extracting(ValidationIssue::message).anySatisfy(m -> assertThat(m)
        .startsWith("task definition file 'adir' is not a regular file"));
    assertThat(found).anySatisfy(i -> {
      assertThat(i.file()).isEqualTo(dir.resolve("notjson.json").toString());
      assertThat(i.message()).startsWith("not valid JSON");
    });
  }

  @Test
  void aFileOverOneMibIsNotRead() throws Exception {
    write("big.json", "{\"family\": \"web\", \"x\": \"" + "a".repeat(1024 * 1024) + "\"}");
    assertThat(issues(scenario("- file: big.json", ""))).extracting(ValidationIssue::message)
        .containsExactly("task definition file 'big.json' is over 1 MiB; AWS refuses a task definition over 64 KiB, "
            + "so this is not one");
  }

  @Test
  void anExactImageNameBeatsAPatternAndTheLongerPatternBeatsTheShorter() {
    ImageSizes sizes = ImageSizes.read(YamlNodes.parse("""
        "*": 1GiB
        "nginx:*": 190MiB
        "nginx:1.27-alpine": 20MiB
        """).root());
    assertThat(sizes.sizeOf("nginx:1.27-alpine")).contains(20.0);
    assertThat(sizes.sizeOf("nginx:1.27")).contains(190.0);
    assertThat(sizes.sizeOf("redis:7")).contains(1024.0);
    assertThat(ImageSizes.matches("a*b*c", "axxbyyc")).isTrue();
    assertThat(ImageSizes.matches("a*b*c", "axxbyy")).isFalse();
    assertThat(ImageSizes.matches("nginx:*", "nginx")).isFalse();
  }

  @Test
  void anInlineImageNamedWithoutASizeTakesItsEntryButNoDefault() throws Exception {
    List<TaskDefinitionSpec> defs = load(scenario("""
        - family: a
          cpu: 256
          memory: 512
          containerDefinitions: [{name: a, image: "nginx:1.27"}, {name: b, image: "redis:7"}]
        """, "images: {\"nginx:*\": 190MiB}")).base().taskDefinitions();
    assertThat(defs.get(0).containerDefinitions()).extracting(c -> c.image().sizeMiB()).containsExactly(190.0, 0.0);
  }
}
