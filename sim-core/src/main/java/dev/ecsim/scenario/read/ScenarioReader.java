package dev.ecsim.scenario.read;

import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.ClusterSpec;
import dev.ecsim.scenario.JobSpec;
import dev.ecsim.scenario.LaunchType;
import dev.ecsim.scenario.PricingSpec;
import dev.ecsim.scenario.RunLimits;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.ServiceSpec;
import dev.ecsim.scenario.TaskDefinitionSpec;
import dev.ecsim.scenario.yaml.Mapping;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.Quantities;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Turns the located YAML tree into scenario records, reporting every shape problem (unknown
 * fields, bad quantities, missing fields) to the {@link ReadContext}. Cross-references are the
 * {@link ScenarioValidator}'s job.
 */
final class ScenarioReader {
  static final List<String> FIELDS = List.of(
      "name", "description", "seed", "duration", "startTime", "region", "metricsPeriod", "cluster",
      "taskDefinitions", "images", "services", "jobs", "pricing", "variants");
  /** Used as the output directory name, so kept to safe characters. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");
  /** A Monday, so time-of-day and day-of-week patterns line up when a scenario gives no start. */
  static final Instant DEFAULT_START = Instant.parse("2026-01-05T00:00:00Z");
  static final String DEFAULT_REGION = "us-east-1";
  /** CloudWatch's standard resolution: ECS publishes its metrics once a minute. */
  static final long DEFAULT_METRICS_PERIOD_MILLIS = 60_000;
  static final long DEFAULT_SEED = 1;

  private ScenarioReader() {}

  /**
   * The records, or empty when the document is not a mapping. When ctx has problems the records
   * hold stand-ins for what could not be read: good enough for the validator to find the other
   * problems, never returned to a caller.
   */
  static Optional<Scenario> read(Node root) {
    Mapping m = root.mapping(FIELDS);
    if (!root.isMapping()) {
      return Optional.empty();
    }
    Optional<String> name = m.requiredString("name");
    name.filter(n -> !NAME.matcher(n).matches()).ifPresent(n -> m.field("name").error("'" + n
        + "' is not a valid scenario name; start with a letter or digit, then letters, digits, '.', '_' or '-' (at most 128)"));
    String description = m.string("description").orElse("");
    long seed = m.field("seed").integer(NumericFields.SEED).orElse(DEFAULT_SEED);
    Optional<Long> duration = m.requiredParse("duration", Quantities::durationMillis);
    duration.filter(d -> d <= 0).ifPresent(d -> m.field("duration").error("duration must be above zero"));
    Instant start = m.parse("startTime", ScenarioReader::instant).orElse(DEFAULT_START);
    String region = m.string("region").orElse(DEFAULT_REGION);
    long period = m.parse("metricsPeriod", Quantities::durationMillis).orElse(DEFAULT_METRICS_PERIOD_MILLIS);
    if (period < 1_000) {
      m.field("metricsPeriod").error("metricsPeriod must be at least 1s, found " + period + " ms");
    }
    duration.flatMap(RunLimits::durationProblem).ifPresent(problem -> m.field("duration").error(problem));
    // No cluster section: the region's three zones, only the built-in Fargate providers, no default strategy.
    ClusterSpec cluster = ClusterReader.read(m.field("cluster"), region);
    ImageSizes images = ImageSizes.read(m.field("images"));
    List<TaskDefinitionSpec> taskDefinitions = new ArrayList<>();
    m.required("taskDefinitions").ifPresent(list ->
        list.elements().forEach(t -> TaskDefinitionReader.read(t, images).ifPresent(taskDefinitions::add)));
    List<JobSpec> jobs = new ArrayList<>();
    long horizon = duration.filter(d -> d > 0 && RunLimits.durationProblem(d).isEmpty()).orElse(0L);
    long[] submitted = {0};
    m.field("jobs").elements().forEach(j -> JobReader.read(j).ifPresent(job -> {
      jobs.add(job);
      long before = submitted[0];
      if (before > RunLimits.MAX_JOB_ARRIVALS) {
        return; // already reported, at the job that took the run past the limit
      }
      long tasks = RunLimits.arrivals(job.arrivals(), horizon, start, RunLimits.MAX_JOB_ARRIVALS - before);
      submitted[0] = Math.min(Long.MAX_VALUE / 2, before + tasks);
      RunLimits.arrivalsProblem(submitted[0], horizon).ifPresent(problem -> j.child("arrivals").error(problem));
    }));
    List<ServiceSpec> services = new ArrayList<>();
    OptionalLong runLength = duration.filter(d -> d > 0).map(OptionalLong::of).orElse(OptionalLong.empty());
    long[] peak = {0};
    long[] fires = {0};
    m.field("services").elements().forEach(svc -> ServiceReader.read(svc, start, runLength).ifPresent(service -> {
      services.add(service);
      long before = peak[0];
      peak[0] += RunLimits.peakTasks(service);
      if (before <= RunLimits.MAX_TASKS_ALIVE) {
        RunLimits.servicesProblem(peak[0]).ifPresent(svc::error);
      }
      if (fires[0] <= RunLimits.MAX_SCHEDULED_FIRES) {
        fires[0] += RunLimits.scheduledFires(service, start, horizon, RunLimits.MAX_SCHEDULED_FIRES - fires[0]);
        RunLimits.scheduledFiresProblem(fires[0], horizon)
            .ifPresent(problem -> svc.child("autoScaling").child("scheduledActions").error(problem));
      }
    }));
    PricingSpec pricing = PricingReader.read(m.field("pricing"));
    cluster = ClusterReader.withBuiltInsNamed(cluster, strategyProviders(cluster, jobs, services));
    int series = RunLimits.series(cluster, services, jobs);
    if (period >= 1_000) {
      duration.filter(d -> d > 0 && RunLimits.durationProblem(d).isEmpty())
          .flatMap(d -> RunLimits.metricsProblem(d, period, series))
          .ifPresent(problem -> m.field(m.has("metricsPeriod") ? "metricsPeriod" : "duration").error(problem));
    }
    return Optional.of(new Scenario(name.orElse(""), description, seed, duration.orElse(0L), start, region, period,
        cluster, List.copyOf(taskDefinitions), List.copyOf(jobs), pricing, List.copyOf(services)));
  }

  /**
   * Every capacity provider a strategy names (the cluster default's, the jobs' and the services'),
   * and FARGATE for tasks run with launchType FARGATE: the same capacity at the same price, reported under it.
   */
  private static List<String> strategyProviders(ClusterSpec cluster, List<JobSpec> jobs, List<ServiceSpec> services) {
    List<String> names = new ArrayList<>();
    cluster.defaultCapacityProviderStrategy().forEach(i -> names.add(i.capacityProvider()));
    for (JobSpec job : jobs) {
      job.capacityProviderStrategy().forEach(i -> names.add(i.capacityProvider()));
      job.launchType().filter(t -> t == LaunchType.FARGATE).ifPresent(t -> names.add(CapacityProviderSpec.FARGATE));
    }
    for (ServiceSpec service : services) {
      service.capacityProviderStrategy().forEach(i -> names.add(i.capacityProvider()));
      service.launchType().filter(t -> t == LaunchType.FARGATE).ifPresent(t -> names.add(CapacityProviderSpec.FARGATE));
    }
    return names;
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 instant; use e.g. 2026-01-05T00:00:00Z");
    }
  }
}
