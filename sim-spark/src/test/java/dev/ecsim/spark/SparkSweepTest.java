package dev.ecsim.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ecsim.cli.Main;
import dev.ecsim.cli.SweepPlan;
import dev.ecsim.metrics.Replicated;
import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.sweep.Sweep;
import dev.ecsim.run.ReplicatedRun;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.read.ScenarioLoader;
import dev.ecsim.scenario.yaml.FieldOverride;
import dev.ecsim.scenario.yaml.ParameterPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sweep (scenarios/sweeps/target-vs-instance.yaml: targetValue 40, 60, 80 times
 * m6i.large, m6i.xlarge) with 2 replications, in a real Spark session in local mode, against
 * {@code ecsim sweep} on this machine.
 */
class SparkSweepTest {
  private static final Path SWEEP = Path.of("..", "scenarios", "sweeps", "target-vs-instance.yaml");
  private static final Path BASE = Path.of("..", "scenarios", "scaling", "target-tracking-step.yaml");

  @TempDir static Path dir;

  @BeforeAll
  static void quietSpark() {
    // No web UI, and the driver on the loopback address only; SparkConf reads spark.* properties.
    System.setProperty("spark.ui.enabled", "false");
    System.setProperty("spark.driver.host", "127.0.0.1");
    System.setProperty("spark.driver.bindAddress", "127.0.0.1");
  }

  @AfterAll
  static void forgetSpark() {
    System.clearProperty("spark.ui.enabled");
    System.clearProperty("spark.driver.host");
    System.clearProperty("spark.driver.bindAddress");
  }

  @Test
  void theSparkJobWritesWhatEcsimSweepWritesAndAnyPartitioningGivesTheSame() throws Exception {
    Path local = dir.resolve("in-process");
    Path spark = dir.resolve("spark");
    Captured ecsim = Captured.run(Main.commandLine(), "sweep", SWEEP.toString(), "-o", local.toString(),
        "--replications", "2", "--quiet");
    Captured job = Captured.run(SparkSweep.commandLine(), SWEEP.toString(), "-o", spark.toString(),
        "--replications", "2", "--master", "local[2]");

    assertThat(ecsim.exitCode()).as(ecsim.err()).isZero();
    assertThat(job.exitCode()).as(job.err()).isZero();
    // 3 target values x 2 instance types, 2 replications each: 12 runs, a task each.
    assertThat(job.out()).startsWith("6 points x 2 replications of ").contains(" in 12 Spark tasks\n");
    assertThat(Files.readAllLines(spark.resolve("sweep.csv"))).hasSize(1 + 6);
    // sweep.html names the command, whose -o differs here and nowhere else.
    String html = Files.readString(local.resolve("sweep.html"));
    assertThat(html).contains(" -o " + local + " --replications 2");
    Files.writeString(local.resolve("sweep.html"), html.replace(" -o " + local + " ", " -o " + spark + " "));
    assertSameFiles(local, spark);

    // One executor thread, so one task at a time in whatever order, and Kryo, which clusters often
    // set as spark.serializer: the same results, the same bytes.
    SweepPlan plan = SweepPlan.read(SWEEP, 2);
    AtomicInteger tasksEnded = new AtomicInteger();
    Sweep sweep;
    SparkSession session = SparkSession.builder().master("local[1]").appName("one thread")
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer").getOrCreate();
    try {
      session.sparkContext().addSparkListener(new SparkListener() {
        @Override
        public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
          tasksEnded.incrementAndGet();
        }
      });
      SparkSweepJob.Outcome outcome = SparkSweepJob.run(JavaSparkContext.fromSparkContext(session.sparkContext()),
          plan);
      assertThat(outcome.tasks()).isEqualTo(12);
      sweep = outcome.sweep();
      // Listeners hear of tasks on their own thread, a moment after the job returns.
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (tasksEnded.get() < 12 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(tasksEnded).hasValue(12);
    } finally {
      session.stop();
    }
    Path oneThread = dir.resolve("local-1");
    plan.write(sweep, "ecsim sweep " + SWEEP + " -o " + spark + " --replications 2", oneThread);
    assertSameFiles(spark, oneThread);

    // The figures themselves, point by point in grid order (the first parameter slowest), as
    // replications of each point's scenario loaded here with its two values set by hand.
    List<Scenario> points = new ArrayList<>();
    for (int target : new int[] {40, 60, 80}) {
      for (String type : new String[] {"m6i.large", "m6i.xlarge"}) {
        points.add(ScenarioLoader.load(BASE, List.of(
            new FieldOverride(path("services[0].autoScaling.policies[0].targetValue"), IntNode.valueOf(target)),
            new FieldOverride(path("cluster.capacityProviders[0].instanceTypes[0]"), TextNode.valueOf(type)))));
      }
    }
    List<Replicated<Summary>> expected = ReplicatedRun.summariesOfAll(points, 2, 2, () -> {});
    assertThat(sweep.points()).hasSize(6);
    for (int p = 0; p < 6; p++) {
      assertThat(sweep.points().get(p).summaries().runs()).as("point %d", p).isEqualTo(expected.get(p).runs());
      // target-tracking-step.yaml says seed: 3; replication r runs seed 3 + r.
      assertThat(sweep.points().get(p).summaries().runs()).extracting(Summary::seed).containsExactly(3L, 4L);
    }
    assertThat(sweep.points().get(5).valueIndexes()).containsExactly(2, 1);
  }

  @Test
  void theFilesAScenarioNamesAreReadOnTheExecutorsAtTheDriversPath() throws Exception {
    // A fixed EC2 cluster of m5.large for one hour, its task definition (unused) in a file of its own.
    Path scenarios = Files.createDirectories(dir.resolve("with-file/scenarios"));
    Path taskDefinition = Files.writeString(scenarios.resolve("idle.json"), """
        {"family": "idle", "cpu": "512", "memory": "1024", "containerDefinitions": [{"name": "app", "image": "idle:1"}]}
        """);
    Files.writeString(scenarios.resolve("base.yaml"), """
        name: fixed
        seed: 3
        duration: 1h
        cluster:
          capacityProviders:
            - {name: od, type: ec2, instanceTypes: [m5.large], minSize: 1, desiredSize: 1, maxSize: 2}
          defaultCapacityProviderStrategy:
            - {capacityProvider: od}
        taskDefinitions:
          - file: idle.json
        """);
    Path sweepFile = Files.writeString(dir.resolve("with-file/sizes.yaml"), """
        scenario: scenarios/base.yaml
        parameters:
          - {path: 'cluster.capacityProviders[0].desiredSize', values: [1, 2]}
        """);
    SweepPlan plan = SweepPlan.read(sweepFile, null);
    Path out = dir.resolve("with-file/out");

    SparkSession session = SparkSession.builder().master("local[1]").appName("with a file").getOrCreate();
    try {
      JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());
      plan.write(SparkSweepJob.run(spark, plan).sweep(), "ecsim sweep " + sweepFile, out);
      // Gone after the driver read it: the executor that loads the point no longer finds it.
      Files.delete(taskDefinition);
      assertThatThrownBy(() -> SparkSweepJob.run(spark, plan))
          .isInstanceOf(SparkException.class)
          .hasMessageContaining("run 0: the base scenario does not load on this executor as it did on the driver: ")
          .hasMessageContaining("idle.json")
          .hasMessageContaining("must be readable at the same path on every executor");
    } finally {
      session.stop();
    }
    // m5.large is $0.096 an hour (the bundled us-east-1 prices): 1 and 2 instances for 1 h.
    List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
    assertThat(csv).hasSize(3);
    assertThat(csv.get(1)).startsWith("1,0.096,,");
    assertThat(csv.get(2)).startsWith("2,0.192,,");
  }

  @Test
  void aSweepFileThatIsNotThereExitsTwoBeforeSparkStarts() {
    Captured r = Captured.run(SparkSweep.commandLine(), dir.resolve("nope.yaml").toString(),
        "--master", "local[1]");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("ecsim: " + dir.resolve("nope.yaml") + ": no such file\n");
  }

  @Test
  void replicationsOutOfRangeExitTwo() {
    Captured r = Captured.run(SparkSweep.commandLine(), SWEEP.toString(), "--replications", "0",
        "--master", "local[1]");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("ecsim: --replications 0 is out of range; valid: 1 to 10000\n");
  }

  @Test
  void withoutSparkSubmitOrAMasterItSaysWhatToGive() {
    Captured r = Captured.run(SparkSweep.commandLine(), SWEEP.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("ecsim: no Spark master: submit with spark-submit, or give --master local[*]");
  }

  private static ParameterPath path(String text) {
    return ParameterPath.parse(text).orElseThrow();
  }

  /** Both directories hold the same files, byte for byte. */
  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    TreeMap<String, byte[]> want = contents(expected);
    TreeMap<String, byte[]> got = contents(actual);
    assertThat(got.keySet()).containsExactlyElementsOf(want.keySet());
    assertThat(want).containsKeys("sweep.csv", "sweep.html");
    for (String name : want.keySet()) {
      if (name.endsWith(".png")) {
        assertThat(got.get(name)).as(name).isEqualTo(want.get(name));
      } else {
        assertThat(new String(got.get(name), StandardCharsets.UTF_8)).as(name)
            .isEqualTo(new String(want.get(name), StandardCharsets.UTF_8));
      }
    }
  }

  private static TreeMap<String, byte[]> contents(Path root) throws IOException {
    TreeMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(f).toString(), Files.readAllBytes(f));
      }
    }
    return files;
  }
}
