package dev.ecsim.service;

import dev.ecsim.metrics.EventType;
import dev.ecsim.run.Recorded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.run.Simulation;
import dev.ecsim.testing.Scenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;

/**
 * Invariants of whole runs of one auto scaled service, over random small services: load levels,
 * capacity per task, a target-tracking policy on CPU, memory or requests per target, optional step
 * policies, capacity ranges, deployment settings and a deployment at a random second
 * (docs/ecs-behaviour.md §6.1, §6.2, §6.3, §7.2).
 */
class ServiceScalingProperties {
  private static final long HORIZON = 2 * 3_600_000L;
  private static final Pattern CHANGE = Pattern.compile("desired count (\\d+) → (\\d+)$");

  enum Metric {
    ECSServiceAverageCPUUtilization, ECSServiceAverageMemoryUtilization, ALBRequestCountPerTarget
  }

  /** A step policy on CPU: above the threshold adds (+1, +2), below it removes (-1, -2). */
  record Step(boolean out, int threshold, int periods, String treatMissingData, boolean percent) {
    String yaml() {
      String op = out ? "GreaterThanOrEqualToThreshold" : "LessThanThreshold";
      String steps = out
          ? "[{metricIntervalLowerBound: 0, metricIntervalUpperBound: 10, scalingAdjustment: %s},"
              + " {metricIntervalLowerBound: 10, scalingAdjustment: %s}]"
          : "[{metricIntervalLowerBound: -10, metricIntervalUpperBound: 0, scalingAdjustment: -%s},"
              + " {metricIntervalUpperBound: -10, scalingAdjustment: -%s}]";
      String small = percent ? "20" : "1";
      String large = percent ? "50" : "2";
      return "        - {name: step-" + (out ? "out" : "in") + ", type: StepScaling, cooldown: 120s,\n"
          + "           alarm: {metric: CPUUtilization, comparisonOperator: " + op + ", threshold: " + threshold
          + ", evaluationPeriods: " + periods + ", treatMissingData: " + treatMissingData + "},\n"
          + "           adjustmentType: " + (percent ? "PercentChangeInCapacity" : "ChangeInCapacity")
          + ", stepAdjustments: " + steps.formatted(small, large) + "}\n";
    }
  }

  record Tracking(Metric metric, int target, int outCooldownSeconds, int inCooldownSeconds) {
    String yaml() {
      return "        - {name: tt, type: TargetTrackingScaling, predefinedMetric: " + metric + ", targetValue: " + target
          + ", scaleOutCooldown: " + outCooldownSeconds + "s, scaleInCooldown: " + inCooldownSeconds + "s}\n";
    }
  }

  /** A deployment of v2, whose image (0 to 15,000 MiB) makes it take from a minute to most of an hour. */
  record Deployment(int atSeconds, int minimumHealthyPercent, int maximumPercent, int imageMiB) {}

  record Range(int min, int max, int desired) {}

  /** Load levels of 30 minutes each (requests/s), a task serving {@code capacityPerTask} at 100 % CPU. */
  record Service(long seed, boolean fargate, int desired, int min, int max, int capacityPerTask, List<Integer> rates,
      Tracking tracking, List<Step> steps, Deployment deployment) {

    /** The scenario; with {@code noCapacity} on an Auto Scaling group that has no instance and may get none. */
    String yaml(boolean noCapacity) {
      String provider = noCapacity ? "{name: od, type: ec2, instanceTypes: [m5.large], minSize: 0, desiredSize: 0, maxSize: 0}"
          : fargate ? "{name: FARGATE, type: fargate}"
          : "{name: od, type: ec2, instanceTypes: [m5.4xlarge], minSize: 2, desiredSize: 2, maxSize: 2,"
          + " imagePullThroughput: 10MiB/s}";
      String providerName = fargate && !noCapacity ? "FARGATE" : "od";
      String network = fargate && !noCapacity ? ", networkMode: awsvpc, requiresCompatibilities: [FARGATE]" : "";
      StringBuilder y = new StringBuilder();
      y.append("name: prop\nseed: ").append(seed).append("\nduration: 2h\ncluster:\n  capacityProviders:\n    - ")
          .append(provider).append("\n  defaultCapacityProviderStrategy: [{capacityProvider: ").append(providerName)
          .append("}]\ntaskDefinitions:\n");
      for (String v : List.of("v1", "v2")) {
        int size = v.equals("v1") ? 0 : deployment.imageMiB;
        y.append("  - {family: ").append(v).append(", cpu: 256, memory: 512").append(network)
            .append(", containerDefinitions: [{name: c, image: {name: \"app:").append(v).append("\", sizeMiB: ")
            .append(size).append("}, startTime: 5s}]}\n");
      }
      y.append("services:\n  - name: svc\n    taskDefinition: v1\n    desiredCount: ").append(desired)
          .append("\n    deploymentConfiguration: {minimumHealthyPercent: ").append(deployment.minimumHealthyPercent)
          .append(", maximumPercent: ").append(deployment.maximumPercent).append("}\n")
          .append("    deployments: [{at: ").append(deployment.atSeconds).append("s, taskDefinition: v2}]\n")
          .append("    load:\n      requestRate: {steps: [");
      for (int i = 0; i < rates.size(); i++) {
        y.append(i == 0 ? "" : ", ").append("{at: ").append(i * 30).append("m, rate: ").append(rates.get(i)).append("/s}");
      }
      y.append("]}\n      capacityPerTask: ").append(capacityPerTask).append("/s\n")
          .append("      memory: {baseline: 30, perLoad: 60}\n")
          .append("    autoScaling:\n      minCapacity: ").append(min).append("\n      maxCapacity: ").append(max)
          .append("\n      policies:\n").append(tracking.yaml());
      steps.forEach(s -> y.append(s.yaml()));
      return y.toString();
    }
  }

  @Provide
  Arbitrary<Service> services() {
    Arbitrary<Tracking> tracking = Arbitraries.of(Metric.values()).flatMap(m -> Combinators.combine(
        m == Metric.ALBRequestCountPerTarget ? Arbitraries.integers().between(500, 9_000)
            : Arbitraries.integers().between(20, 90),
        Arbitraries.of(0, 60, 300), Arbitraries.of(0, 60, 300))
        .as((target, out, in) -> new Tracking(m, target, out, in)));
    Arbitrary<Step> step = Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(20, 90),
        Arbitraries.integers().between(1, 3), Arbitraries.of("missing", "breaching", "notBreaching", "ignore"),
        Arbitraries.of(true, false)).as(Step::new);
    Arbitrary<List<Step>> steps = step.list().ofMaxSize(2).uniqueElements(Step::out);
    // Uniform, not jqwik's default lean toward small numbers: deployments at any time, many long.
    Arbitrary<Deployment> deployment = Combinators.combine(
        Arbitraries.integers().between(1, 7_000).withDistribution(RandomDistribution.uniform()),
        Arbitraries.of(List.of(100, 200), List.of(50, 200), List.of(50, 150), List.of(0, 100), List.of(100, 150)),
        Arbitraries.integers().between(0, 15_000).withDistribution(RandomDistribution.uniform()))
        .as((at, pcts, image) -> new Deployment(at, pcts.get(0), pcts.get(1), image));
    // desiredCount is drawn apart from the range, so it may start outside it.
    Arbitrary<Range> range = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 8),
        Arbitraries.integers().between(0, 8)).as((min, extra, desired) -> new Range(min, min + extra, desired));
    Arbitrary<List<Integer>> rates = Arbitraries.integers().between(0, 1_500).withDistribution(RandomDistribution.uniform())
        .list().ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(Arbitraries.longs().between(0, 1_000), Arbitraries.of(true, false), range,
        Arbitraries.integers().between(50, 200), rates, tracking, steps, deployment)
        .as((seed, fargate, r, capacity, levels, tt, st, dep) ->
            new Service(seed, fargate, r.desired(), r.min(), r.max(), capacity, levels, tt, st, dep));
  }

  private static Recorded run(Service s, boolean noCapacity) {
    return Recorded.run(Simulation.build(Scenarios.parse(s.yaml(noCapacity))));
  }

  /** The old and new desired count of a SCALING_ACTIVITY or SCHEDULED_ACTION. */
  private static int[] change(EventRecord e) {
    Matcher m = CHANGE.matcher(e.message());
    assertThat(m.find()).as(e.message()).isTrue();
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  /**
   * §6.1: the desired count stays in [minCapacity, maxCapacity]; a desiredCount that starts outside
   * is moved into the range when the scalable target is registered (AAS API: RegisterScalableTarget).
   */
  @Property(tries = 30, edgeCases = EdgeCasesMode.NONE)
  void theDesiredCountStaysWithinTheRange(@ForAll("services") Service s) {
    Recorded r = run(s, false);
    TimeSeries series = r.series();
    double[] desired = series.column(SeriesNames.serviceDesired("svc"));
    for (int row = 0; row < series.rows(); row++) {
      assertThat(desired[row]).as("desired at %d ms", series.timeMillis(row)).isBetween((double) s.min(), (double) s.max());
    }
    Summary.ServiceFigures figures = r.summary().services().get("svc");
    assertThat(figures.desiredMin()).isGreaterThanOrEqualTo(s.min());
    assertThat(figures.desiredMax()).isLessThanOrEqualTo(s.max());
    for (EventRecord e : r.events()) {
      if (e.type().equals(EventType.SCALING_ACTIVITY)) {
        int next = change(e)[1];
        assertThat(next).as(e.message()).isBetween(s.min(), s.max());
      }
    }
  }

  /**
   * §6.1: scale-in is suspended during a deployment (scale-out continues), so no scaling activity
   * lowers the desired count between DEPLOYMENT_STARTED and DEPLOYMENT_COMPLETED; §7.2: the
   * service never has more than floor(desired × maximumPercent / 100) tasks (PENDING, RUNNING or
   * STOPPING) meanwhile. Tasks never fail to start here, so no deployment fails.
   */
  @Property(tries = 40, edgeCases = EdgeCasesMode.NONE)
  void deploymentsSuspendScaleInAndKeepWithinMaximumPercent(@ForAll("services") Service s) {
    Recorded r = run(s, false);
    assertThat(r.events()).noneMatch(e -> e.type().equals(EventType.DEPLOYMENT_FAILED));
    long start = -1;
    long end = HORIZON;
    boolean deploying = false;
    for (EventRecord e : r.events()) {
      switch (e.type()) {
        case DEPLOYMENT_STARTED -> {
          deploying = true;
          start = e.timeMillis();
        }
        case DEPLOYMENT_COMPLETED -> {
          deploying = false;
          end = e.timeMillis();
        }
        case SCALING_ACTIVITY -> {
          if (deploying) {
            int[] c = change(e);
            assertThat(c[1]).as("during the deployment: %s", e.message()).isGreaterThanOrEqualTo(c[0]);
          }
        }
        default -> { }
      }
    }
    assertThat(start).as("the deployment started").isEqualTo(s.deployment().atSeconds() * 1000L);
    // The tasks list gives every task's life [createdAt, stoppedAt); the count rises only when one
    // is created, so checking after each creation within the deployment checks every state.
    double[] desired = r.series().column(SeriesNames.serviceDesired("svc"));
    List<TaskRecord> tasks = r.tasks();
    for (TaskRecord created : tasks) {
      long t = created.createdAt();
      if (t < start || t > end) {
        continue;
      }
      long alive = tasks.stream()
          .filter(x -> x.createdAt() <= t && x.stoppedAt().orElse(Long.MAX_VALUE) > t).count();
      // Registering the scalable target at time 0 moved a desiredCount outside [min, max] into it.
      int d = desiredAt(r.series(), desired, t, Math.max(s.min(), Math.min(s.max(), s.desired())));
      assertThat(alive).as("tasks at %d ms with desired %d", t, d).isLessThanOrEqualTo(d * s.deployment().maximumPercent() / 100);
    }
  }

  /**
   * The desired count in force at {@code t}: decisions come at minute ends, and the sample at a
   * minute end is taken after that minute's decision.
   */
  private static int desiredAt(TimeSeries series, double[] desired, long t, int initial) {
    int value = initial;
    for (int row = 0; row < series.rows() && series.timeMillis(row) <= t; row++) {
      value = (int) desired[row];
    }
    return value;
  }

  /**
   * Missing data never scales (ecsim decision from §6.2, no scaling while an alarm is
   * INSUFFICIENT_DATA, extended to every policy): a service whose tasks never run publishes no
   * datapoint, so nothing scales, whatever treatMissingData says.
   */
  @Property(tries = 20, edgeCases = EdgeCasesMode.NONE)
  void aServiceThatNeverRunsATaskNeverScales(@ForAll("services") Service s) {
    Recorded r = run(s, true);
    assertThat(r.tasks()).allSatisfy(t -> assertThat(t.startedAt()).isEmpty());
    assertThat(r.events()).noneMatch(e -> e.type().equals(EventType.SCALING_ACTIVITY));
    // Registering the scalable target moves the desired count into [min, max]; nothing moves it after.
    int registered = Math.max(s.min(), Math.min(s.max(), s.desired()));
    assertThat(r.series().column(SeriesNames.serviceDesired("svc"))).containsOnly((double) registered);
    Summary.ServiceFigures figures = r.summary().services().get("svc");
    assertThat(figures.scaleOutEvents()).isZero();
    assertThat(figures.scaleInEvents()).isZero();
    assertThat(figures.desiredMin()).isEqualTo(registered);
    assertThat(figures.desiredMax()).isEqualTo(registered);
  }
}
