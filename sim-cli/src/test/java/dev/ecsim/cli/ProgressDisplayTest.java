package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.run.Simulation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressDisplayTest {

  @Test
  void aHiddenDisplayWritesNothing() {
    StringWriter err = new StringWriter();
    try (ProgressDisplay p = ProgressDisplay.open("run", 2, false, new PrintWriter(err))) {
      for (int i = 0; i < 2 * Simulation.PROGRESS_STEPS; i++) {
        p.step();
      }
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aShownDisplayEndsAtEveryRunDoneOnOneLine() {
    StringWriter err = new StringWriter();
    try (ProgressDisplay p = ProgressDisplay.open("sweep", 4, true, new PrintWriter(err))) {
      for (int i = 0; i < 4 * Simulation.PROGRESS_STEPS; i++) {
        p.step();
      }
    }
    String text = err.toString();
    String last = text.substring(text.lastIndexOf('\r') + 1);
    // Four runs of 100 steps each: the bar counts runs, and ends full.
    assertThat(last).startsWith("sweep").contains("100%").contains("4/4 runs").endsWith(System.lineSeparator());
    assertThat(last.strip().length()).isLessThanOrEqualTo(80);
  }

  @Test
  void progressIsShownWhenAskedForEvenWithoutATerminal() {
    assertThat(ProgressDisplay.wanted(true, false)).isTrue();
    assertThat(ProgressDisplay.wanted(true, true)).isTrue();
  }

  @Test
  void runWithProgressDrawsTheBarOnStandardErrorOnly(@TempDir Path dir) {
    CommandRunner r = CommandRunner.run("run", "../scenarios/placement/spread.yaml", "-o", dir.resolve("out").toString(),
        "--no-charts", "--replications", "2", "--progress");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("2/2 runs").contains("100%");
    assertThat(r.out()).doesNotContain("runs").contains("report:");
  }
}
