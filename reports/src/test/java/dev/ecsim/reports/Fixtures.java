package dev.ecsim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.Replicated;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.SeriesKey;
import dev.ecsim.metrics.PlacementFailureCounts;
import dev.ecsim.metrics.PlacementFailureReason;
import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.TaskAggregates;
import dev.ecsim.metrics.TaskAggregator;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.reports.summary.RunFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/** Hand-built runs for report tests: small, with known values, and no simulator involved. */
public final class Fixtures {
  private Fixtures() {}

  public static final List<SeriesKey> COLUMNS =
      List.of(
          SeriesNames.costRate("od"),
          SeriesNames.cumulativeCost("od"),
          SeriesNames.cumulativeCost("spot"),
          SeriesNames.instances("od"),
          SeriesNames.instances("spot"),
          SeriesNames.CPU_RESERVATION_PCT,
          SeriesNames.MEMORY_RESERVATION_PCT,
          SeriesNames.CPU_UTILIZATION_PCT,
          SeriesNames.MEMORY_UTILIZATION_PCT,
          SeriesNames.jobQueue("etl"),
          SeriesNames.jobActive("etl"),
          SeriesNames.costRate("FARGATE"),
          SeriesNames.cumulativeCost("FARGATE"),
          SeriesNames.capacityProviderReservation("od"),
          SeriesNames.serviceDesired("web"),
          SeriesNames.serviceRunning("web"),
          SeriesNames.servicePending("web"),
          SeriesNames.serviceOfferedLoad("web"),
          SeriesNames.serviceCpuUtilization("web"));

  /**
   * Five one-minute samples of a small cluster running the "etl" job on two EC2 providers (od with
   * managed scaling) and FARGATE, which has cost columns but no instances, and the "web" service:
   * 150 requests/s per task, 2 tasks starting at 0, scaled out to 4 at 2 min (100% CPU: 400
   * requests/s on 2 tasks) and in to 3 at 4 min (see {@link #serviceEvents}).
   */
  public static TimeSeries series() {
    double nan = Double.NaN;
    TimeSeries series = new TimeSeries(COLUMNS);
    series.addRow(
        0,
        new double[] {
          0.192, 0, 0, 2, 0, 0, 0, nan, nan, 0, 0, 0, 0, nan, 2, 0, 2, 100, nan
        });
    series.addRow(
        60_000,
        new double[] {
          0.192, 0.0032, 0.001, 2, 1, 25, 30, 12.5, 20, 3, 1, 0.05, 0, 100, 2, 2, 0, 250, 83.3
        });
    series.addRow(
        120_000,
        new double[] {
          0.288, 0.0064, 0.002, 3, 1, 62.5, 55, 40, 35, 1, 3, 0.05, 0.001, 150, 4, 2, 2, 400, 100
        });
    series.addRow(
        180_000,
        new double[] {
          0.288, 0.0112, 0.003, 3, 1, 87.5, 70, 104.2, 50, 0, 4, 0.1, 0.002, 100, 4, 4, 0, 400, 66.7
        });
    series.addRow(
        240_000,
        new double[] {
          0.192, 0.016, 0.004, 2, 0, 50, 40, 30, 25, 0, 2, 0.05, 0.004, 75, 3, 3, 0, 200, 44.4
        });
    return series;
  }

  /** A series of a given length for charts on long runs: {@code rows} samples a minute apart. */
  public static TimeSeries longSeries(int rows) {
    TimeSeries series = new TimeSeries(COLUMNS);
    double cost = 0;
    for (int i = 0; i < rows; i++) {
      double wave = Math.sin(i / 120.0);
      cost += 0.003;
      double desired = 4 + Math.round(3 * wave + 3);
      boolean replacing = i % 97 == 0; // a task stopped and its replacement not yet RUNNING
      series.addRow(
          i * 60_000L,
          new double[] {
            0.192,
            cost,
            cost / 3,
            2 + Math.round(2 * wave + 2),
            i % 7 == 0 ? 1 : 0,
            50 + 40 * wave,
            45 + 30 * wave,
            40 + 45 * wave,
            30 + 20 * wave,
            Math.max(0, Math.round(5 * wave)),
            3,
            0.05,
            cost / 6,
            100 + 50 * wave,
            desired,
            replacing ? desired - 1 : desired,
            replacing ? 1 : 0,
            600 + 500 * wave,
            i < 3 ? Double.NaN : 55 + 5 * wave
          });
    }
    return series;
  }

  public static TaskRecord task(String id, String stoppedReason) {
    return new TaskRecord(
        id,
        "etl",
        "family:etl",
        "etl:1",
        "EC2",
        "od",
        Optional.of("ci-0001"),
        Optional.of("m6i.large"),
        Optional.of("us-east-1a"),
        1024,
        2048,
        12_500,
        OptionalLong.of(13_000),
        OptionalLong.of(20_250),
        OptionalLong.of(25_000),
        OptionalLong.of(625_000),
        OptionalLong.of(630_001),
        Optional.of("EssentialContainerExited"),
        Optional.of(stoppedReason),
        0.0123456789);
  }

  /** A task still waiting for placement when the run ended: every later step is empty. */
  public static TaskRecord waitingTask(String id) {
    return new TaskRecord(
        id,
        "etl",
        "family:etl",
        "etl:1",
        "EC2",
        "od",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        1024,
        2048,
        3_600_000,
        OptionalLong.empty(),
        OptionalLong.empty(),
        OptionalLong.empty(),
        OptionalLong.empty(),
        OptionalLong.empty(),
        Optional.empty(),
        Optional.empty(),
        0);
  }

  /** A task on FARGATE: no container instance, an AZ; created at 30 s, started at 95 s. */
  public static TaskRecord fargateTask(String id) {
    return new TaskRecord(
        id,
        "etl",
        "family:etl",
        "etl:1",
        "FARGATE",
        "FARGATE",
        Optional.empty(),
        Optional.empty(),
        Optional.of("us-east-1b"),
        1024,
        2048,
        30_000,
        OptionalLong.of(80_000),
        OptionalLong.of(90_000),
        OptionalLong.of(95_000),
        OptionalLong.of(700_000),
        OptionalLong.of(705_000),
        Optional.of("EssentialContainerExited"),
        Optional.of("Essential container in task exited"),
        0.0098);
  }

  /** A task on {@code provider} ("" for launch type EC2 without one) that started; times in ms. */
  public static TaskRecord started(String provider, long createdAt, long startedAt) {
    return new TaskRecord(
        "t-" + provider + "-" + createdAt,
        "etl",
        "family:etl",
        "etl:1",
        provider.startsWith("FARGATE") ? "FARGATE" : "EC2",
        provider,
        Optional.empty(),
        Optional.empty(),
        Optional.of("us-east-1a"),
        1024,
        2048,
        createdAt,
        OptionalLong.empty(),
        OptionalLong.empty(),
        OptionalLong.of(startedAt),
        OptionalLong.empty(),
        OptionalLong.empty(),
        Optional.empty(),
        Optional.empty(),
        0);
  }

  /** What sim-core logs of an EC2 instance beside the sentence naming it. */
  public static EventFacts instance(
      String ec2InstanceId, String containerInstanceId, String type, String zone, long launchedAtMillis) {
    return EventFacts.instance(
        new EventFacts.Instance(ec2InstanceId, containerInstanceId, type, zone, launchedAtMillis));
  }

  /** {@code count} events of a type the report lists, a second apart. */
  public static List<EventRecord> events(int count) {
    List<EventRecord> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(
          new EventRecord(i * 1_000L, EventType.INSTANCES_LAUNCHED, "od", "launched instance " + i));
    }
    return events;
  }

  /** A minute of cluster auto scaling, worded as sim-core words it. */
  public static List<EventRecord> scalingEvents() {
    return List.of(
        new EventRecord(0, EventType.INSTANCE_REGISTERED, "od", "i-0001 (m6i.large, us-east-1a)"),
        new EventRecord(
            30_000,
            EventType.PLACEMENT_FAILURE,
            "etl",
            "unable to place a task because no container instance met all of its requirements"),
        new EventRecord(
            60_000,
            EventType.INSTANCES_LAUNCHED,
            "od",
            "launching 1 instance: CapacityProviderReservation 150 > target 100"),
        new EventRecord(
            60_000,
            EventType.SCALING_EXCLUDED,
            "spot",
            "1 PROVISIONING task(s) are too big for the smallest instance type"),
        new EventRecord(
            240_000,
            EventType.INSTANCE_TERMINATED,
            "od",
            "i-0002 (ci-0002, m6i.large): CapacityProviderReservation 75 < target 100",
            instance("i-0002", "ci-0002", "m6i.large", "us-east-1a", 0)));
  }

  /**
   * The web service's scaling and a deployment, worded as sim-core words them, with an alarm
   * change the report counts but does not list.
   */
  public static List<EventRecord> serviceEvents() {
    return List.of(
        new EventRecord(
            60_000,
            EventType.ALARM,
            "web",
            "cpu60-AlarmHigh: OK -> ALARM (3 of the last 3 datapoints breaching)"),
        new EventRecord(
            120_000,
            EventType.SCALING_ACTIVITY,
            "web",
            "policy cpu60: alarm cpu60-AlarmHigh in ALARM (CPUUtilization Average > 60 for 3 of 3"
                + " periods of 60 s): CPUUtilization 100, ceil(2 × 100 / 60) = 4; desired count"
                + " 2 → 4",
            EventFacts.desiredCount("web", 2, 4)),
        new EventRecord(
            150_000,
            EventType.DEPLOYMENT_STARTED,
            "web",
            "(service web) rolling out web2 in place of web (minimumHealthyPercent 100,"
                + " maximumPercent 200)"),
        new EventRecord(
            210_000,
            EventType.DEPLOYMENT_COMPLETED,
            "web",
            "(service web) has reached a steady state with 4 tasks of web2"),
        new EventRecord(
            240_000,
            EventType.SCALING_ACTIVITY,
            "web",
            "policy cpu60: alarm cpu60-AlarmLow in ALARM (CPUUtilization Average < 54 for 15 of 15"
                + " periods of 60 s): CPUUtilization 50, floor(4 × 50 / 60) = 3; desired count"
                + " 4 → 3",
            EventFacts.desiredCount("web", 4, 3)));
  }

  /** The cluster's and the service's events, in time order (cluster first at equal times). */
  public static List<EventRecord> allEvents() {
    List<EventRecord> events = new ArrayList<>(scalingEvents());
    events.addAll(serviceEvents());
    events.sort(Comparator.comparingLong(EventRecord::timeMillis));
    return events;
  }

  /** Maps sorted by name, as sim-core promises, so the JSON tree has a fixed field order. */
  public static Summary summary() {
    return new Summary(
        Summary.SCHEMA_VERSION,
        "etl-on-ec2",
        42,
        1,
        240,
        1234,
        new Summary.Cost(
            1234.5,
            new TreeMap<>(Map.of("od", 950.25, "spot", 234.25, "FARGATE", 50.0)),
            new TreeMap<>(Map.of("etl", 1200.0, "idle", 34.5)),
            new TreeMap<>(Map.of("on-demand", 1000.25, "spot", 234.25))),
        new Summary.Cluster(55.5, 44.25, 33.3, 22.2, 4, 3, 0.2),
        new Summary.Tasks(10, 8, 1, 2),
        new TreeMap<>(
            Map.of("web", new Summary.ServiceFigures(2.0, 2, 4, 1, 1, 83.3, 0.087, 120, 36000))),
        new TreeMap<>(Map.of("etl", new Summary.JobFigures(10, 8, 12.5, 10, 95, 130, 640, 1, 1, 42.0, 1))),
        new Summary.Spot(1, 1),
        new TreeMap<>(
            Map.of(
                "od", new Summary.StartLatency(10, 42.5, 40, 60, 70, 75),
                "FARGATE", new Summary.StartLatency(3, 65.5, 65, 80, 81, 81.5))),
        placementFailures(2, 1));
  }

  /** Failed placement attempts: {@code eni} for RESOURCE:ENI and {@code cpu} for RESOURCE:CPU. */
  public static Summary.PlacementFailures placementFailures(int eni, int cpu) {
    PlacementFailureCounts counts = new PlacementFailureCounts();
    for (int i = 0; i < eni; i++) {
      counts.count(PlacementFailureReason.ENI);
    }
    for (int i = 0; i < cpu; i++) {
      counts.count(PlacementFailureReason.CPU);
    }
    return counts.figures();
  }

  /** {@link #summary()} with other services. */
  public static Summary withServices(Summary s, Map<String, Summary.ServiceFigures> services) {
    return new Summary(s.schemaVersion(), s.scenario(), s.seed(), s.replications(), s.horizonSeconds(), s.events(),
        s.cost(), s.cluster(), s.tasks(), new TreeMap<>(services), s.jobs(), s.spot(), s.startLatency(), s.placementFailures());
  }

  /** {@link #summary()} with another cluster. */
  public static Summary withCluster(Summary s, Summary.Cluster cluster) {
    return new Summary(s.schemaVersion(), s.scenario(), s.seed(), s.replications(), s.horizonSeconds(), s.events(),
        s.cost(), cluster, s.tasks(), s.services(), s.jobs(), s.spot(), s.startLatency(), s.placementFailures());
  }

  /**
   * Five replications of {@link #summary()} whose total cost is 1,232.50, 1,233.50, ... 1,236.50:
   * mean 1,234.50, s = 1.581139, t(0.975, 4) = 2.776445 (t table), half-width 1.963243.
   */
  public static Replicated<Summary> fiveReplications() {
    List<Summary> runs = new ArrayList<>();
    for (int i = -2; i <= 2; i++) {
      Summary s = summary();
      Summary.Cost c = s.cost();
      runs.add(new Summary(s.schemaVersion(), s.scenario(), s.seed() + i + 2, s.replications(), s.horizonSeconds(),
          s.events(), new Summary.Cost(c.totalUsd() + i, c.byCapacityProvider(), c.byService(), c.byPurchaseOption()),
          s.cluster(), s.tasks(), s.services(), s.jobs(), s.spot(), s.startLatency(), s.placementFailures()));
    }
    return Replicated.of(runs);
  }

  /** t(0.975, 1), from a t table: the factor of a 95 % half-width from two values. */
  public static final double T_TWO_RUNS = 12.7062047;

  /**
   * Two replications whose figures are {@code mean - d} and {@code mean + d}, d = halfWidth /
   * t(0.975, 1): their mean is {@code mean} and its 95 % half-width {@code halfWidth} (s = d sqrt 2,
   * half-width t x s / sqrt 2 = t x d). With a half-width of 0, one replication.
   */
  public static Replicated<Summary> withHalfWidth(double mean, double halfWidth,
      java.util.function.DoubleFunction<Summary> run) {
    if (halfWidth == 0) {
      return Replicated.of(List.of(run.apply(mean)));
    }
    double d = halfWidth / T_TWO_RUNS;
    return Replicated.of(List.of(run.apply(mean - d), run.apply(mean + d)));
  }

  /** {@link #summary()} with another total cost, services and jobs. */
  public static Summary costing(double totalUsd, Map<String, Summary.ServiceFigures> services,
      Map<String, Summary.JobFigures> jobs) {
    Summary s = summary();
    Summary.Cost c = s.cost();
    return new Summary(s.schemaVersion(), s.scenario(), s.seed(), s.replications(), s.horizonSeconds(), s.events(),
        new Summary.Cost(totalUsd, c.byCapacityProvider(), c.byService(), c.byPurchaseOption()), s.cluster(), s.tasks(),
        new TreeMap<>(services), new TreeMap<>(jobs), s.spot(), s.startLatency(), s.placementFailures());
  }

  /** One run's summary as the report reads it. */
  public static Replicated<Summary> summaries() {
    return Replicated.of(List.of(summary()));
  }

  /** A run of 56 ms in this JVM. */
  public static RunFacts facts() {
    return RunFacts.of("test", summaries(), 56);
  }

  /** The summary as summary.json's tree, with or without CI half-widths (the JSON writer's tests). */
  public static ObjectNode summaryJson() {
    return new ObjectMapper().valueToTree(summary());
  }

  public static JsonNode replicatedSummaryJson() {
    ObjectNode tree = summaryJson();
    tree.put("replications", 5);
    ObjectNode ci = tree.putObject("ci95HalfWidth");
    ci.putObject("cost").put("totalUsd", 12.345);
    ci.putObject("jobs").putObject("etl").put("waitSecondsMean", 1.25);
    return tree;
  }

  public static RunResult run(String description) {
    return new RunResult(
        "etl-on-ec2",
        description,
        summary(),
        series(),
        aggregates(tasks()),
        allEvents(),
        List.of());
  }

  /** The fixture run's tasks: one that ran to its end, one still waiting, one on Fargate. */
  public static List<TaskRecord> tasks() {
    return List.of(
        task("t-1", "Essential container in task exited"), waitingTask("t-2"), fargateTask("t-3"));
  }

  /** What a run keeps of {@code tasks}, built as a run builds it (the fixture summary's jobs and horizon). */
  public static TaskAggregates aggregates(List<TaskRecord> tasks) {
    return TaskAggregator.of(
        tasks, summary().jobs().keySet(), Math.round(summary().horizonSeconds() * 1000));
  }

  /** A run that had no task. */
  public static TaskAggregates noTasks() {
    return aggregates(List.of());
  }

  /** The fixture run with other series and tasks, for charts that need particular data. */
  public static RunResult run(TimeSeries series, List<TaskRecord> tasks) {
    return new RunResult(
        "etl-on-ec2", "", summary(), series, aggregates(tasks), allEvents(), List.of());
  }
}
