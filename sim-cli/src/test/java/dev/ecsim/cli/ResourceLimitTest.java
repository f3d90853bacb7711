package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A valid scenario that asks for more than the machine has ends in one line and exit 4, and leaves
 * no output behind: the run watches its heap. Run in a JVM of its own with a 96 MiB heap, where a
 * job that queues five tasks a second behind a full instance fills it within seconds; before the
 * watch this died of an OutOfMemoryError with a stack trace and exit 1.
 */
class ResourceLimitTest {
  private static final String FLOOD = """
      name: flood
      duration: 30d
      cluster:
        capacityProviders:
          - {name: od, type: ec2, instanceTypes: [m5.large], minSize: 1, maxSize: 1, desiredSize: 1}
        defaultCapacityProviderStrategy: [{capacityProvider: od, weight: 1}]
      taskDefinitions:
        - {family: big, cpu: 2048, memory: 1024, containerDefinitions: [{name: c, image: "big:1"}]}
      jobs:
        - {name: flood, taskDefinition: big, arrivals: {fixed: 200ms}, duration: {fixed: 1h}}
      """;

  @TempDir
  Path dir;

  @Test
  void aRunThatFillsTheHeapStopsWithOneLineAndExitFour() throws IOException, InterruptedException {
    Path scenario = Files.writeString(dir.resolve("flood.yaml"), FLOOD);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx96m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "run", scenario.toString(), "-o", dir.resolve("out").toString()))
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the run stops by itself").isTrue();
    List<String> err = Files.readAllLines(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(String.join("\n", err)).isEqualTo(ErrorHandler.RESOURCE_LIMIT);
    assertThat(err).singleElement().asString()
        .matches("ecsim: the run stopped at \\d+d \\d\\d:\\d\\d:\\d\\d: memory is nearly full \\(\\d+ MiB of \\d+ MiB in "
            + "use after garbage collection\\), most of it [\\d,]+ tasks alive at once; give Java more memory .*");
    assertThat(dir.resolve("out")).doesNotExist();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "flood.yaml", "stdout.txt", "stderr.txt");
    }
  }

  @Test
  void compareNamesTheColumnAndSeedWhoseRunStopped() throws IOException, InterruptedException {
    // Two columns, the second the flood: compare plays the first's seed (5) in both, and the line
    // says which column stopped, so the user knows which file to change.
    Files.writeString(dir.resolve("quiet.yaml"), FLOOD.replace("name: flood\n", "name: quiet\nseed: 5\n")
        .replace("arrivals: {fixed: 200ms}, duration: {fixed: 1h}", "arrivals: {fixed: 1h}, duration: {fixed: 1m}"));
    Files.writeString(dir.resolve("flood.yaml"), FLOOD.replace("name: flood\n", "name: flood\nseed: 9\n"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx96m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "compare", dir.resolve("quiet.yaml").toString(), dir.resolve("flood.yaml").toString(), "--threads", "1"))
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the runs stop by themselves").isTrue();
    List<String> err = Files.readAllLines(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(String.join("\n", err)).isEqualTo(ErrorHandler.RESOURCE_LIMIT);
    assertThat(err).last().asString()
        .startsWith("ecsim: flood, seed 5: the run stopped at ").contains("memory is nearly full");
  }
}
