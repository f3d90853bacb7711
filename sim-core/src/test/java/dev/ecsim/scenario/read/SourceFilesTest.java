package dev.ecsim.scenario.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.ValidationIssue;
import dev.ecsim.scenario.yaml.RecordingFiles;
import dev.ecsim.scenario.yaml.SourceFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files a scenario names are read through one seam: what one load read can be recorded and
 * served again where the files are not, and a file the served bytes lack is reported as a missing
 * file is on disk.
 */
class SourceFilesTest {
  private static final String SCENARIO = """
      name: traced
      duration: 1h
      cluster:
        capacityProviders: [{name: FARGATE, type: fargate}]
        defaultCapacityProviderStrategy: [{capacityProvider: FARGATE}]
      taskDefinitions:
        - file: taskdefs/web.json
      services:
        - {name: web, taskDefinition: web, desiredCount: 1, load: {requestRate: {trace: {file: traces/web.csv}}, capacityPerTask: 10/s}}
      """;
  private static final String TASK_DEFINITION = """
      {"family": "web", "cpu": "256", "memory": "512", "networkMode": "awsvpc",
       "requiresCompatibilities": ["FARGATE"], "containerDefinitions": [{"name": "c", "image": "web:1"}]}
      """;

  @TempDir
  Path dir;

  @Test
  void whatALoadReadIsServedAgainWithoutTheFiles() throws Exception {
    Path csv = Files.writeString(Files.createDirectories(dir.resolve("traces")).resolve("web.csv"),
        "time,rate\n0,5\n10m,20\n");
    Path json = Files.writeString(Files.createDirectories(dir.resolve("taskdefs")).resolve("web.json"),
        TASK_DEFINITION);
    String fileName = dir.resolve("web.yaml").toString();
    RecordingFiles recorded = new RecordingFiles(SourceFiles.DISK);
    Scenario fromDisk = ScenarioLoader.parse(SCENARIO, fileName, List.of(), recorded);

    assertThat(recorded.files().keySet()).containsExactlyInAnyOrder(json.toAbsolutePath(), csv.toAbsolutePath());
    assertThat(new String(recorded.files().get(csv.toAbsolutePath()), StandardCharsets.UTF_8))
        .isEqualTo("time,rate\n0,5\n10m,20\n");
    Files.delete(csv);
    Files.delete(json);
    Scenario served = ScenarioLoader.parse(SCENARIO, fileName, List.of(), SourceFiles.of(recorded.files()));
    assertThat(served).isEqualTo(fromDisk);
    assertThat(served.services().get(0).load()).isPresent();
  }

  @Test
  void aFileTheServedBytesLackIsMissingAsOnDisk() throws Exception {
    Path json = Files.writeString(Files.createDirectories(dir.resolve("taskdefs")).resolve("web.json"),
        TASK_DEFINITION);
    String fileName = dir.resolve("web.yaml").toString();
    List<String> onDisk = messages(() -> ScenarioLoader.parse(SCENARIO, fileName, List.of()));
    byte[] bytes = Files.readAllBytes(json);
    List<String> served = messages(() -> ScenarioLoader.parse(SCENARIO, fileName, List.of(),
        SourceFiles.of(Map.of(json.toAbsolutePath(), bytes))));

    assertThat(onDisk).singleElement().asString().contains(": no trace file 'traces/web.csv' (looked for "
        + dir.resolve("traces/web.csv") + "; a path is relative to the scenario file)");
    assertThat(served).isEqualTo(onDisk);
  }

  @Test
  void aLookAtTheHeadReadsOnlyTheHeadAndServedBytesGiveTheSameHead() throws Exception {
    Path trace = dir.resolve("head.csv");
    byte[] text = "Timestamps,Values\n2026-01-05T00:00:00Z,30000\n".getBytes(StandardCharsets.UTF_8);
    Files.write(trace, text);

    // "Timestamps,Values" is 17 bytes.
    assertThat(new String(SourceFiles.DISK.head(trace, 17), StandardCharsets.UTF_8)).isEqualTo("Timestamps,Values");
    assertThat(SourceFiles.of(Map.of(SourceFiles.key(trace), text)).head(trace, 17))
        .isEqualTo(SourceFiles.DISK.head(trace, 17));
    // A head longer than the file is the whole file.
    assertThat(SourceFiles.DISK.head(trace, 1 << 16)).isEqualTo(text);
    // A look is not what a load read: only whole reads are kept to be sent along.
    RecordingFiles recording = new RecordingFiles(SourceFiles.DISK);
    recording.head(trace, 17);
    assertThat(recording.files()).isEmpty();
  }

  @Test
  void servedBytesAreHeldToTheReadersLimit() throws Exception {
    Path json = dir.resolve("taskdefs/web.json");
    byte[] tooBig = new byte[(int) TaskDefinitionFile.MAX_BYTES + 1];
    List<String> served = messages(() -> ScenarioLoader.parse(SCENARIO, dir.resolve("web.yaml").toString(),
        List.of(), SourceFiles.of(Map.of(json, tooBig))));

    assertThat(served).anySatisfy(m -> assertThat(m).contains("task definition file 'taskdefs/web.json' is over "
        + "1 MiB; AWS refuses a task definition over 64 KiB, so this is not one"));
  }

  private interface Load {
    Scenario load() throws InvalidScenarioException;
  }

  private static List<String> messages(Load load) {
    try {
      load.load();
    } catch (InvalidScenarioException e) {
      return e.issues().stream().map(ValidationIssue::format).toList();
    }
    throw new AssertionError("the scenario loaded");
  }
}
