package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.reports.csv.TasksCsvWriter;
import dev.ecsim.run.Simulation;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * tasks.csv as `ecsim run` writes it, row by row as tasks stop, holds exactly the rows of every
 * task the run had: the same rows a list that held every task record to the end writes (the way
 * tasks.csv was written before it was streamed; at the change, 700aa18, the two were checked
 * byte for byte on these scenarios). Only the order differs: tasks as they stopped, then those
 * still running or waiting at the end, in submission order.
 */
class TasksCsvStreamTest {

  /** A tasks.csv's header and its rows, sorted. */
  private static List<String> headerAndSortedRows(List<String> lines) {
    List<String> out = new ArrayList<>(List.of(lines.get(0)));
    out.addAll(lines.subList(1, lines.size()).stream().sorted().toList());
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"spot/web-fargate-spot-mix", "scaling/step-scaling-spike", "fargate-vs-ec2/ec2-spot-mix",
      "batch-on-ec2", "cluster-auto-scaling-draining"})
  void theStreamedFileHasTheRowsOfEveryTaskTheRunHad(String scenario, @TempDir Path dir) throws Exception {
    Path file = Path.of("../scenarios/" + scenario + ".yaml");
    Path out = dir.resolve("out");
    CommandRunner r = CommandRunner.run("run", file.toString(), "-o", out.toString(), "--no-charts", "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> streamed = Files.readAllLines(out.resolve("tasks.csv"), StandardCharsets.UTF_8);

    List<TaskRecord> held = new ArrayList<>();
    var loaded = ScenarioLoader.load(file);
    Simulation.build(loaded).run(percent -> { }, held::add);
    StringBuilder heldCsv = new StringBuilder();
    TasksCsvWriter.write(held, loaded.startTime(), heldCsv);
    List<String> heldLines = heldCsv.toString().lines().toList();

    assertThat(streamed).hasSize(held.size() + 1);
    assertThat(headerAndSortedRows(streamed)).isEqualTo(headerAndSortedRows(heldLines));
  }
}
