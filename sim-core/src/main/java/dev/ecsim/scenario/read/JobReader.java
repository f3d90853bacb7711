package dev.ecsim.scenario.read;

import dev.ecsim.scaling.Schedule;
import dev.ecsim.scenario.ArrivalSpec;
import dev.ecsim.scenario.JobSpec.OnInterruption;
import dev.ecsim.scenario.JobSpec;
import dev.ecsim.scenario.LaunchType;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.PlacementStrategySpec;
import dev.ecsim.scenario.StrategyItem;
import dev.ecsim.scenario.yaml.CsvTrace;
import dev.ecsim.scenario.yaml.Mapping;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.Quantities;
import dev.ecsim.workload.Distribution;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code jobs:}: standalone tasks with their arrivals and durations. */
final class JobReader {
  static final List<String> FIELDS = List.of(
      "name", "taskDefinition", "arrivals", "duration", "capacityProviderStrategy", "onInterruption",
      "launchType", "group", "placementStrategy", "placementConstraints");
  static final List<String> ARRIVAL_FIELDS = List.of("poisson", "fixed", "times", "schedule", "timezone",
      "count", "trace");
  private static final List<String> ARRIVAL_KINDS = List.of("poisson", "fixed", "times", "schedule", "trace");
  static final List<String> POISSON_FIELDS = List.of("rate");
  static final List<String> TRACE_FIELDS = List.of("file");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,255}");

  private JobReader() {}

  static Optional<JobSpec> read(Node node) {
    Mapping m = node.mapping(FIELDS);
    Optional<String> name = m.requiredString("name");
    name.filter(n -> !NAME.matcher(n).matches()).ifPresent(n ->
        m.field("name").error("'" + n + "' is not a valid job name; use 1 to 255 letters, digits, '.', '_' or '-'"));
    Optional<String> taskDefinition = m.requiredString("taskDefinition");
    Optional<ArrivalSpec> arrivals = m.required("arrivals").flatMap(JobReader::arrivals);
    Optional<Distribution> duration = m.required("duration")
        .flatMap(d -> DistributionReader.read(d, Quantities::durationMillis));
    List<StrategyItem> strategy = ClusterReader.strategy(m.field("capacityProviderStrategy"));
    Optional<String> launchTypeName = m.choice("launchType", List.of("EC2", "FARGATE", "EXTERNAL"));
    launchTypeName.filter("EXTERNAL"::equals).ifPresent(t -> m.field("launchType").error(
        "launchType EXTERNAL (ECS Anywhere) is not modelled; valid: EC2, FARGATE"));
    Optional<LaunchType> launchType = launchTypeName.filter(t -> !t.equals("EXTERNAL")).map(LaunchType::valueOf);
    if (launchTypeName.isPresent() && !strategy.isEmpty()) {
      m.field("launchType").error("give either launchType or capacityProviderStrategy, not both (as RunTask requires)");
    }
    OnInterruption onInterruption = m.choice("onInterruption", OnInterruption.values()).orElse(OnInterruption.RETRY);
    Optional<String> group = m.string("group");
    group.filter(g -> g.isEmpty() || g.length() > 255).ifPresent(g ->
        m.field("group").error("a task group is 1 to 255 characters, found " + g.length()));
    List<PlacementStrategySpec> placementStrategy = PlacementReader.strategies(m.field("placementStrategy"));
    List<PlacementConstraintSpec> placementConstraints = PlacementReader.constraints(m.field("placementConstraints"), false);
    if (name.isEmpty() || taskDefinition.isEmpty() || arrivals.isEmpty() || duration.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new JobSpec(name.get(), taskDefinition.get(), arrivals.get(), duration.get(), strategy,
        onInterruption, launchType, group, placementStrategy, placementConstraints));
  }

  private static Optional<ArrivalSpec> arrivals(Node node) {
    Mapping m = node.mapping(ARRIVAL_FIELDS);
    if (!m.has("schedule")) {
      for (String onlyWithSchedule : List.of("count", "timezone")) {
        if (m.has(onlyWithSchedule)) {
          m.field(onlyWithSchedule).error("'" + onlyWithSchedule + "' goes with 'schedule', e.g. "
              + "{schedule: \"cron(0 2 * * ? *)\", count: 12}");
        }
      }
    }
    List<String> kinds = node.keys().stream().filter(ARRIVAL_KINDS::contains).toList();
    if (kinds.size() != 1) {
      if (node.isMapping()) {
        node.error("arrivals name exactly one kind, found " + (kinds.isEmpty() ? "none" : kinds)
            + "; valid: {poisson: {rate: 30/h}}, {fixed: 10m} (one task every 10 minutes), {times: [0s, 5m]}, "
            + "{schedule: \"cron(0 2 * * ? *)\", count: 12, timezone: Europe/Berlin}, {trace: {file: runs.csv}}");
      }
      return Optional.empty();
    }
    Node body = m.field(kinds.get(0));
    switch (kinds.get(0)) {
      case "poisson": {
        Mapping p = body.mapping(POISSON_FIELDS);
        return p.requiredParse("rate", Quantities::perSecond).flatMap(rate -> {
          if (rate <= 0) {
            p.field("rate").error("a Poisson arrival rate must be above zero");
            return Optional.empty();
          }
          return Optional.of(new ArrivalSpec.Poisson(rate));
        });
      }
      case "fixed":
        return body.parse(Quantities::durationMillis).flatMap(interval -> {
          if (interval <= 0) {
            body.error("the interval between arrivals must be above zero");
            return Optional.empty();
          }
          return Optional.of(new ArrivalSpec.FixedInterval(interval));
        });
      case "trace": {
        Mapping t = body.mapping(TRACE_FIELDS);
        Node fileNode = t.field("file");
        return t.requiredString("file").flatMap(file -> CsvTrace.once(fileNode, file, List.of("arrivals"),
            () -> ArrivalTraceReader.read(fileNode, file)).map(rows -> new ArrivalSpec.Trace(file, rows)));
      }
      case "schedule": {
        Optional<Schedule> schedule = AutoScalingReader.schedule(body);
        Optional<ZoneId> zone = m.field("timezone").present()
            ? m.field("timezone").text().flatMap(t -> AutoScalingReader.zone(t, m.field("timezone")))
            : Optional.of(ZoneOffset.UTC);
        int count = m.field("count").integer(NumericFields.ARRIVAL_COUNT).orElse(1L).intValue();
        return schedule.flatMap(sch -> zone.map(z -> new ArrivalSpec.Scheduled(sch, z, count)));
      }
      default: {
        List<Long> times = new ArrayList<>();
        for (Node t : body.elements()) {
          t.parse(Quantities::durationMillis).ifPresent(times::add);
        }
        List<Long> sorted = times.stream().sorted().toList();
        if (!sorted.equals(times)) {
          body.error("arrival times must be listed in increasing order");
        }
        return Optional.of(new ArrivalSpec.Times(List.copyOf(times)));
      }
    }
  }
}
