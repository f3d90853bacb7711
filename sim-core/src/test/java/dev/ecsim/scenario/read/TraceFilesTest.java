package dev.ecsim.scenario.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.scenario.ScenarioFile;
import dev.ecsim.scenario.ServiceSpec;
import dev.ecsim.scenario.yaml.TraceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trace files of one scenario file are read once each, by the base and every variant, and hold
 * a bounded number of rows in all. Sixty services naming one 1,000,000-row trace were read sixty
 * times: validate ran 72 s and died of memory with a 1 GiB heap; now it takes a few seconds.
 */
class TraceFilesTest {
  @TempDir
  Path dir;

  private static final String SCENARIO = """
      name: shared
      duration: 1h
      cluster:
        capacityProviders: [{name: FARGATE, type: fargate}]
        defaultCapacityProviderStrategy: [{capacityProvider: FARGATE}]
      taskDefinitions:
        - {family: web, cpu: 256, memory: 512, networkMode: awsvpc, requiresCompatibilities: [FARGATE],
           containerDefinitions: [{name: c, image: "web:1"}]}
      services:
        - {name: a, taskDefinition: web, desiredCount: 1, load: {requestRate: {trace: {file: web.csv}}, capacityPerTask: 10/s}}
        - {name: b, taskDefinition: web, desiredCount: 1, load: {requestRate: {trace: {file: web.csv}}, capacityPerTask: 10/s}}
      variants:
        - name: more
          set:
            services[0].desiredCount: 2
      """;

  @Test
  void everyServiceAndVariantNamingOneFileGetsTheSameReading() throws Exception {
    Files.writeString(dir.resolve("web.csv"), "time,rate\n0,5\n10m,20\n");
    Path file = Files.writeString(dir.resolve("shared.yaml"), SCENARIO);

    ScenarioFile loaded = ScenarioLoader.loadFile(file);

    Object a = trace(loaded.base().services().get(0));
    assertThat(trace(loaded.base().services().get(1))).isSameAs(a);
    assertThat(trace(loaded.variants().get(0).scenario().services().get(1))).isSameAs(a);
  }

  private static Object trace(ServiceSpec service) {
    return ((dev.ecsim.workload.LoadProfile.Trace) service.load().orElseThrow().requestRate()).points();
  }

  @Test
  void distinctFilesPastTheLimitAreRefusedAtTheFileThatCrossesIt() throws Exception {
    // A limit of 5 rows: a.csv holds 3; naming it again adds nothing; b.csv's 3 more make 6.
    Files.writeString(dir.resolve("a.csv"), "time,rate\n0,1\n1m,2\n2m,3\n");
    Files.writeString(dir.resolve("b.csv"), "time,rate\n0,1\n1m,2\n2m,3\n");
    TraceFiles traces = new TraceFiles(5);
    assertThat(read("a.csv", traces).issues()).isEmpty();
    assertThat(read("a.csv", traces).issues()).isEmpty();
    assertThat(read("b.csv", traces).issues()).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("load.requestRate.trace.file");
      assertThat(i.message()).isEqualTo("the trace files of a scenario may hold at most 5 rows in all, and with "
          + "'b.csv' they hold 6; a file named twice counts once");
    });
  }

  @Test
  void theDefaultLimitIsFiveMillionRows() {
    assertThat(new TraceFiles().maxRows()).isEqualTo(5_000_000);
  }

  private LoadYaml.Read read(String file, TraceFiles traces) {
    return LoadYaml.read("load: {requestRate: {trace: {file: " + file + "}}, capacityPerTask: 10/s}", dir,
        LoadYaml.START, OptionalLong.of(3_600_000L), traces);
  }
}
