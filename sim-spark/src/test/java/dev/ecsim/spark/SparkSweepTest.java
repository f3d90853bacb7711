package dev.ecsim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ecsim.cli.Main;
import dev.ecsim.cli.SweepPlan;
import dev.ecsim.engine.ResourceLimitException;
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
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
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
  void theFilesAScenarioNamesTravelWithTheJobAndNoExecutorReadsThem() throws Exception {
    Path sweepFile = fixedClusterSweep("with-file");
    SweepPlan plan = SweepPlan.read(sweepFile, null);
    // Gone after the driver read it: the executors load the points from the bytes sent with the job.
    Files.delete(dir.resolve("with-file/scenarios/idle.json"));
    Path out = dir.resolve("with-file/out");

    SparkSession session = SparkSession.builder().master("local[1]").appName("with a file").getOrCreate();
    try {
      plan.write(SparkSweepJob.run(JavaSparkContext.fromSparkContext(session.sparkContext()), plan).sweep(),
          "ecsim sweep " + sweepFile, out);
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
  void aLoadTraceNamedByARelativePathIsReadOnTheDriverAlone() throws Exception {
    // One Fargate service whose load steps from 5 to 40 requests a second at 20 min, 10 a second a
    // task: the run depends on every row of the trace.
    Path scenarios = Files.createDirectories(dir.resolve("with-trace/scenarios/traces"));
    Path trace = Files.writeString(scenarios.resolve("web.csv"), "time,rate\n0,5\n20m,40\n");
    Files.writeString(scenarios.getParent().resolve("web.yaml"), """
        name: traced
        seed: 7
        duration: 1h
        cluster:
          capacityProviders: [{name: FARGATE, type: fargate}]
          defaultCapacityProviderStrategy: [{capacityProvider: FARGATE}]
        taskDefinitions:
          - {family: web, cpu: 256, memory: 512, networkMode: awsvpc, requiresCompatibilities: [FARGATE],
             containerDefinitions: [{name: c, image: "web:1"}]}
        services:
          - {name: web, taskDefinition: web, desiredCount: 1,
             load: {requestRate: {trace: {file: traces/web.csv}}, capacityPerTask: 10/s}}
        """);
    Path sweepFile = Files.writeString(dir.resolve("with-trace/counts.yaml"), """
        scenario: scenarios/web.yaml
        parameters:
          - {path: 'services[0].desiredCount', values: [1, 3]}
        """);
    Path local = dir.resolve("with-trace/in-process");
    Captured ecsim = Captured.run(Main.commandLine(), "sweep", sweepFile.toString(), "-o", local.toString(),
        "--quiet");
    assertThat(ecsim.exitCode()).as(ecsim.err()).isZero();

    SweepPlan plan = SweepPlan.read(sweepFile, null);
    Files.delete(trace);
    Path spark = dir.resolve("with-trace/spark");
    SparkSession session = SparkSession.builder().master("local[2]").appName("with a trace").getOrCreate();
    try {
      plan.write(SparkSweepJob.run(JavaSparkContext.fromSparkContext(session.sparkContext()), plan).sweep(),
          "ecsim sweep " + sweepFile + " -o " + local, spark);
    } finally {
      session.stop();
    }
    assertSameFiles(local, spark);
    // Without the trace ecsim sweep itself now says what is missing: the file was needed.
    Captured again = Captured.run(Main.commandLine(), "sweep", sweepFile.toString(), "-o",
        dir.resolve("with-trace/again").toString(), "--quiet");
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("no trace file 'traces/web.csv'");
  }

  @Test
  void aRunThatReachesALimitIsPlayedOnceAndEndsTheJobWithItsLineAndExitFour() throws Exception {
    Path sweepFile = fixedClusterSweep("limit");
    Path out = dir.resolve("limit/out");
    // Runs 1 and 3 (of 2 points x 2 replications) stop as a run stops at its limit of tasks alive.
    SparkSweep command = new SparkSweep();
    command.player = (runs, i) -> {
      if (i == 1 || i == 3) {
        throw new ResourceLimitException(100_000, "run " + i + " holds 100 tasks alive at once, the most it may");
      }
      return runs.summary(i);
    };
    TaskAttempts.seen.clear();
    System.setProperty("spark.extraListeners", TaskAttempts.class.getName());
    Captured r;
    try {
      // local[2,4]: tasks that throw are tried up to 4 times, as spark.task.maxFailures does on a cluster.
      r = Captured.run(SparkSweep.commandLine(command), sweepFile.toString(), "-o", out.toString(),
          "--replications", "2", "--master", "local[2,4]");
    } finally {
      System.clearProperty("spark.extraListeners");
    }

    assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
    // The lowest run's line, whichever task finished first, named as ecsim sweep names it: run 1 of
    // 2 replications is the first point's second replication, desiredSize 1, seed 3 + 1.
    assertThat(r.err()).isEqualTo("ecsim: sweep point 1 (cluster.capacityProviders[0].desiredSize=1), seed 4: "
        + "the run stopped at 0d 00:01:40: run 1 holds 100 tasks alive at once, the most it may\n");
    assertThat(r.out()).isEmpty();
    assertThat(out).doesNotExist();
    // Every run once: partition i is run i, and no attempt after the first.
    assertThat(TaskAttempts.seen).containsExactlyInAnyOrder("0#0", "1#0", "2#0", "3#0");
  }

  /** Every task attempt a Spark job ends: partition#attempt. Registered by spark.extraListeners. */
  public static final class TaskAttempts extends SparkListener {
    static final Queue<String> seen = new ConcurrentLinkedQueue<>();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
      seen.add(taskEnd.taskInfo().partitionId() + "#" + taskEnd.taskInfo().attemptNumber());
    }
  }

  /**
   * A fixed EC2 cluster of m5.large for one hour, its task definition (unused) in a file of its own,
   * scenarios/idle.json beside the base scenario; the sweep sets desiredSize to 1 and 2.
   */
  private static Path fixedClusterSweep(String name) throws IOException {
    Path scenarios = Files.createDirectories(dir.resolve(name + "/scenarios"));
    Files.writeString(scenarios.resolve("idle.json"), """
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
    return Files.writeString(dir.resolve(name + "/sizes.yaml"), """
        scenario: scenarios/base.yaml
        parameters:
          - {path: 'cluster.capacityProviders[0].desiredSize', values: [1, 2]}
        """);
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
