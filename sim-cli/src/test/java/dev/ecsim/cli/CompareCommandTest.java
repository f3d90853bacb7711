package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  /**
   * One 30-minute task of 0.5 vCPU / 1 GB at time 0, for an hour, on two fixed m5.large or on
   * FARGATE. The image has no size, so nothing is pulled and the Fargate bill is the run time.
   */
  private static String tiny(String name, long seed, String duration, String cluster) {
    return """
        name: %s
        seed: %d
        duration: %s
        cluster:
        %s
        taskDefinitions:
          - family: web
            cpu: 512
            memory: 1GB
            networkMode: awsvpc
            requiresCompatibilities: [EC2, FARGATE]
            containerDefinitions:
              - {name: app, image: "web:1"}
        jobs:
          - name: once
            taskDefinition: web
            arrivals: {times: [0s]}
            duration: {fixed: 30m}
        """.formatted(name, seed, duration, cluster.indent(2).stripTrailing());
  }

  private static final String EC2 = """
      capacityProviders:
        - {name: od, type: ec2, instanceTypes: [m5.large], minSize: 2, desiredSize: 2, maxSize: 2}
      defaultCapacityProviderStrategy:
        - {capacityProvider: od}""";
  private static final String FARGATE = """
      capacityProviders:
        - {name: FARGATE, type: fargate}
      defaultCapacityProviderStrategy:
        - {capacityProvider: FARGATE}""";

  @TempDir Path dir;
  Path ec2;
  Path fargate;

  @BeforeEach
  void writeScenarios() throws Exception {
    ec2 = Files.writeString(dir.resolve("ec2.yaml"), tiny("tiny-ec2", 7, "1h", EC2));
    fargate = Files.writeString(dir.resolve("fargate.yaml"), tiny("tiny-fargate", 7, "1h", FARGATE));
  }

  /** The words of the table line whose label is {@code label}. */
  private static List<String> row(String out, String label) {
    return out.lines().filter(l -> l.startsWith(label + " ") || l.equals(label))
        .map(l -> Arrays.asList(l.substring(label.length()).trim().split("\\s+")))
        .findFirst().orElseThrow(() -> new AssertionError("no row '" + label + "' in:\n" + out));
  }

  @Test
  void printsTheTableSideBySideAndNamesTheCheapestAndTheQuickest() {
    CommandRunner r = CommandRunner.run("compare", ec2.toString(), fargate.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("2 scenarios, seed 7, 1h simulated each\n");
    assertThat(row(r.out(), "")).containsExactly("tiny-ec2", "tiny-fargate");
    // 2 x m5.large x 1 h x $0.096 (docs/ecs-behaviour.md §4.1); one task of 0.5 vCPU / 1 GB for 30
    // min: 0.5 h x (0.5 x $0.04048 + 1 x $0.004445) = 0.5 x $0.024685 = $0.0123425
    // (docs/ecs-behaviour.md §3.2)
    assertThat(row(r.out(), "total cost")).containsExactly("$0.192", "$0.0123");
    assertThat(row(r.out(), "  od")).containsExactly("$0.192", "-");
    assertThat(row(r.out(), "  FARGATE")).containsExactly("-", "$0.0123");
    assertThat(row(r.out(), "  on-demand")).containsExactly("$0.192", "$0.0123");
    // The task reserves 512 of 4,096 CPU units for half the hour: 6.25 %; without instances, no figure.
    assertThat(row(r.out(), "CPU reservation (avg)")).containsExactly("6.3", "%", "-");
    // Nor do instance counts and hours apply to a run without instances (Applicability): a dash.
    assertThat(row(r.out(), "instances launched")).containsExactly("2", "-");
    assertThat(row(r.out(), "instance-hours")).containsExactly("2.0", "h", "-");
    assertThat(r.out()).contains("\njob once\n").contains("\nstart latency FARGATE\n");
    // A warm instance with nothing to pull starts the task at once; Fargate needs 10 to 45 s.
    assertThat(row(r.out(), "  wait mean").get(0)).isEqualTo("0");
    // The job's p95 wait on the warm instance is nothing; Fargate's is its 10 to 45 s of provisioning.
    assertThat(r.out()).contains("cheapest: tiny-fargate ($0.0123)\n")
        .contains("best job SLO: tiny-ec2 (job once: wait p95 0 s)\n")
        .doesNotContain("service SLO").doesNotContain("±");
  }

  @Test
  void writesCompareCsvHtmlAndChartsIntoTheOutputDirectory() throws Exception {
    Path out = dir.resolve("cmp");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "mine");

    CommandRunner r = CommandRunner.run("compare", ec2.toString(), fargate.toString(), "-o", out.toString(),
        "--quiet");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    List<String> csv = Files.readAllLines(out.resolve("compare.csv"));
    assertThat(csv.get(0)).isEqualTo("figure,tiny-ec2,tiny-fargate");
    String[] total = csv.get(1).split(",");
    assertThat(total[0]).isEqualTo("cost.totalUsd");
    assertThat(Double.parseDouble(total[1])).isEqualTo(0.192);
    assertThat(Double.parseDouble(total[2])).isCloseTo(0.0123425, within(1e-6));
    assertThat(csv).contains("cost.byCapacityProvider.od,0.192,", "cluster.instancesLaunched,2,");
    assertThat(csv).noneMatch(line -> line.contains(".ci95"));
    try (var entries = Files.list(out)) {
      assertThat(entries.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("charts", "compare.csv", "compare.html", "notes.txt");
    }
  }

  @Test
  void replicationsGiveMeansWithHalfWidthsInTheTableTheCsvTheHtmlAndTheCharts() throws Exception {
    Path out = dir.resolve("cmp");

    CommandRunner r = CommandRunner.run("compare", ec2.toString(), fargate.toString(), "--replications", "3", "-o",
        out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("2 scenarios, seeds 7..9 (3 replications each), 1h simulated each; figures are "
        + "means, ± is the 95 % confidence half-width\n");
    // Neither bill depends on the seed: two fixed instances, and a Fargate task billed for its 30 minutes.
    assertThat(row(r.out(), "total cost")).containsExactly("$0.192", "±", "0.000", "$0.0123", "±", "0.0000");
    assertThat(r.out()).contains("cheapest: tiny-fargate ($0.0123 ± 0.0000)\n")
        .contains("report: " + out.resolve("compare.html") + "\n")
        .contains("table: " + out.resolve("compare.csv") + "\n");

    List<String> csv = Files.readAllLines(out.resolve("compare.csv"));
    assertThat(csv.get(0)).isEqualTo("figure,tiny-ec2,tiny-fargate");
    assertThat(csv.get(1)).startsWith("cost.totalUsd,0.192,0.01234");
    assertThat(csv.get(2)).isEqualTo("cost.totalUsd.ci95,0,0");
    assertThat(csv).contains("jobs.once.waitSecondsP95.ci95,0," + halfWidth(csv, "jobs.once.waitSecondsP95"));

    String html = Files.readString(out.resolve("compare.html"));
    assertThat(html).contains("<h2>Verdicts</h2>").contains("&plusmn;")
        .contains("<figure id=\"chart-compare-total-cost\">")
        .doesNotContain("http");
    assertThat(Pattern.compile("src=\"([^\"]*)\"").matcher(html).results().map(m -> m.group(1)).toList())
        .isNotEmpty().allMatch(src -> src.startsWith("data:image/png;base64,"));
    try (var charts = Files.list(out.resolve("charts"))) {
      assertThat(charts.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
          "compare-cpu-reservation.png", "compare-cpu-reservation.svg",
          "compare-cumulative-cost.png", "compare-cumulative-cost.svg",
          "compare-job-wait-p95-once.png", "compare-job-wait-p95-once.svg",
          "compare-total-cost.png", "compare-total-cost.svg");
    }
  }

  /** The half-width column of the Fargate scenario in the FIGURE.ci95 row. */
  private static String halfWidth(List<String> csv, String figure) {
    return csv.stream().filter(l -> l.startsWith(figure + ".ci95,")).findFirst().orElseThrow().split(",")[2];
  }

  @Test
  void theSameCompareTwiceWritesTheSameCompareCsvWhateverTheThreadCount() throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");

    CommandRunner a = CommandRunner.run("compare", ec2.toString(), fargate.toString(), "--replications", "3", "-o",
        first.toString(), "--quiet", "--threads", "1");
    CommandRunner b = CommandRunner.run("compare", ec2.toString(), fargate.toString(), "--replications", "3", "-o",
        second.toString(), "--quiet", "--threads", "4");

    assertThat(a.exitCode()).as(a.err()).isZero();
    assertThat(b.exitCode()).as(b.err()).isZero();
    assertThat(second.resolve("compare.csv")).hasSameBinaryContentAs(first.resolve("compare.csv"));
    assertThat(second.resolve("charts/compare-total-cost.svg"))
        .hasSameBinaryContentAs(first.resolve("charts/compare-total-cost.svg"));
  }

  @Test
  void replicationsOutOfRangeAreRefusedBeforeAnythingRuns() {
    CommandRunner r = CommandRunner.run("compare", ec2.toString(), fargate.toString(), "--replications", "0");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--replications 0 is out of range; valid: 1 to 10000");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void differentSeedsRunWithTheFirstFilesSeedAndSaySo() throws Exception {
    Path other = Files.writeString(dir.resolve("other.yaml"), tiny("tiny-fargate", 9, "2h", FARGATE));

    CommandRunner r = CommandRunner.run("compare", ec2.toString(), other.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("the scenarios' seeds differ (" + ec2 + " 7, " + other + " 9); every scenario runs with seed 7 from "
            + ec2)
        .contains("give --seed N to choose another")
        .contains("the scenarios' durations differ (" + ec2 + " 1h, " + other + " 2h); every scenario runs with "
            + "duration 1h from " + ec2);
    assertThat(r.out()).startsWith("2 scenarios, seed 7, 1h simulated each\n");

    CommandRunner chosen = CommandRunner.run("compare", ec2.toString(), other.toString(), "--seed", "5",
        "--horizon", "2h");
    assertThat(chosen.exitCode()).as(chosen.err()).isZero();
    assertThat(chosen.err()).isEmpty();
    assertThat(chosen.out()).startsWith("2 scenarios, seed 5, 2h simulated each\n");
    // Two hours of the two instances: 2 x 2 h x $0.096
    assertThat(row(chosen.out(), "total cost").get(0)).isEqualTo("$0.384");
  }

  @Test
  void everyIssueOfEveryBadFileIsPrintedAndNothingRuns() throws Exception {
    String text = tiny("broken", 7, "1h", EC2);
    Path bad = Files.writeString(dir.resolve("bad.yaml"), text.replace("m5.large", "m5.lrage"));
    Path worse = Files.writeString(dir.resolve("worse.yaml"), text.replace("duration: 1h", "duration: 1 hour")
        .replace("cpu: 512", "cpu: 64"));

    CommandRunner r = CommandRunner.run("compare", ec2.toString(), bad.toString(), worse.toString(), "-o",
        dir.resolve("cmp").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(bad + ":" + lineOf(text, "m5.large") + ":")
        .contains("unknown instance type 'm5.lrage'")
        .contains(worse + ":" + lineOf(text, "duration: 1h") + ":")
        .contains(worse + ":" + lineOf(text, "cpu: 512") + ":")
        .contains("cpu 64 is not a Fargate size")
        .doesNotContain("Exception");
    // duration, task cpu range, Fargate size
    assertThat(r.err().lines().filter(l -> l.startsWith(worse.toString())).count()).isEqualTo(3);
    assertThat(dir.resolve("cmp")).doesNotExist();
  }

  @Test
  void oneFileIsNotAComparison() {
    CommandRunner r = CommandRunner.run("compare", ec2.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("compare needs at least two scenarios").contains("found 1 (" + ec2 + ")")
        .contains("ecsim run " + ec2);
    assertThat(r.out()).isEmpty();
    assertThat(CommandRunner.run("compare").exitCode()).isEqualTo(2);
  }

  @Test
  void anOutputThatIsAFileIsRefusedBeforeAnythingRuns() throws Exception {
    Path file = Files.writeString(dir.resolve("taken"), "x");

    CommandRunner r = CommandRunner.run("compare", ec2.toString(), fargate.toString(), "-o", file.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("-o " + file + " is a file");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void scenariosWithOneNameAreTitledByFile() {
    assertThat(CompareCommand.columnLabels(List.of("a", "b"), List.of("x.yaml", "y.yaml"))).containsExactly("a", "b");
    assertThat(CompareCommand.columnLabels(List.of("a", "a"), List.of("x.yaml", "y.yaml")))
        .containsExactly("x.yaml", "y.yaml");
    assertThat(CompareCommand.columnLabels(List.of("a", "b", "a"), List.of("x.yaml", "y.yaml", "x.yaml")))
        .containsExactly("x.yaml", "y.yaml", "x.yaml #2");
  }

  @Test
  void durationsReadInTheirLargestWholeUnit() {
    assertThat(CompareCommand.duration(7 * 86_400_000L)).isEqualTo("7d");
    assertThat(CompareCommand.duration(36 * 3_600_000L)).isEqualTo("36h");
    assertThat(CompareCommand.duration(90 * 60_000L)).isEqualTo("90m");
    assertThat(CompareCommand.duration(45_000)).isEqualTo("45s");
    assertThat(CompareCommand.duration(1_500)).isEqualTo("1500ms");
  }

  private static int lineOf(String text, String needle) {
    String before = text.substring(0, text.indexOf(needle));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }
}
