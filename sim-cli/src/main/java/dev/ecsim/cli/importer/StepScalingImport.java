package dev.ecsim.cli.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A step scaling policy (describe-scaling-policies) with the CloudWatch alarm that triggers it
 * (describe-alarms, matched by the policy's {@code Alarms[].AlarmName}). A policy whose alarm is
 * missing, or is one ecsim cannot evaluate, is written commented out with the reason, its steps
 * filled in, for the user to complete.
 */
final class StepScalingImport {
  /** The metrics a scenario alarm watches, by CloudWatch namespace and metric name. */
  private static final Map<String, String> METRICS = Map.of(
      "AWS/ECS CPUUtilization", "CPUUtilization",
      "AWS/ECS MemoryUtilization", "MemoryUtilization",
      "AWS/ApplicationELB RequestCountPerTarget", "RequestCountPerTarget");
  private static final Set<String> STATISTICS = Set.of("Average", "Sum", "Minimum", "Maximum", "SampleCount");
  /** The anomaly-detection operators (LessThanLowerOrGreaterThanUpperThreshold, ...) compare with a band ecsim has not. */
  private static final Set<String> OPERATORS = Set.of("GreaterThanOrEqualToThreshold", "GreaterThanThreshold",
      "LessThanThreshold", "LessThanOrEqualToThreshold");
  private static final Set<String> MISSING_DATA = Set.of("missing", "breaching", "notBreaching", "ignore");

  private final AwsExport export;
  private final List<String> notes;

  StepScalingImport(AwsExport export, List<String> notes) {
    this.export = export;
    this.notes = notes;
  }

  /** The alarm line, or why there is none. */
  private record Alarm(Optional<String> yaml, String problem) {
    static Alarm of(String yaml) {
      return new Alarm(Optional.of(yaml), "");
    }

    static Alarm not(String problem) {
      return new Alarm(Optional.empty(), problem);
    }
  }

  void write(YamlText yaml, String cluster, String service, String name, JsonNode policy) {
    JsonNode config = policy.path("StepScalingPolicyConfiguration");
    List<String> alarmNames = Json.list(policy, "Alarms").stream().map(a -> a.path("AlarmName").asText()).toList();
    Alarm alarm = alarm(alarmNames, cluster, service);
    List<String> lines = new ArrayList<>();
    lines.add("- name: " + YamlText.scalar(name));
    lines.add("  type: StepScaling");
    lines.add("  alarm: " + alarm.yaml().orElse(
        "{metric: CPUUtilization, comparisonOperator: GreaterThanOrEqualToThreshold, threshold: 80}"));
    lines.add("  adjustmentType: " + config.path("AdjustmentType").asText("ChangeInCapacity"));
    Json.number(config, "MinAdjustmentMagnitude").ifPresent(n -> lines.add("  minAdjustmentMagnitude: " + YamlText.number(n)));
    lines.add("  stepAdjustments:");
    for (JsonNode step : Json.list(config, "StepAdjustments")) {
      List<String> parts = new ArrayList<>();
      Json.number(step, "MetricIntervalLowerBound").ifPresent(n -> parts.add("metricIntervalLowerBound: " + YamlText.number(n)));
      Json.number(step, "MetricIntervalUpperBound").ifPresent(n -> parts.add("metricIntervalUpperBound: " + YamlText.number(n)));
      Json.number(step, "ScalingAdjustment").ifPresent(n -> parts.add("scalingAdjustment: " + YamlText.number(n)));
      lines.add("    - {" + String.join(", ", parts) + "}");
    }
    Json.number(config, "Cooldown").ifPresent(n -> lines.add("  cooldown: " + YamlText.number(n) + "s"));
    Json.text(config, "MetricAggregationType").ifPresent(m -> lines.add("  metricAggregationType: " + m));
    if (alarm.yaml().isPresent()) {
      yaml.comment(4, "alarm " + alarmNames.get(0) + " (describe-alarms)" + alarm.problem());
      lines.forEach(line -> yaml.line(4, line));
    } else {
      yaml.comment(4, "step scaling policy " + name + ": " + alarm.problem() + "; fill in the alarm and uncomment:\n"
          + String.join("\n", lines));
      notes.add(service + ": step scaling policy " + name + " written commented out: " + alarm.problem());
    }
  }

  /**
   * The scenario's {@code alarm:} for the policy's first alarm. A step policy may be the action of
   * several alarms (Application Auto Scaling, Step scaling policies); ecsim gives it one.
   */
  private Alarm alarm(List<String> names, String cluster, String service) {
    if (names.isEmpty()) {
      return Alarm.not("no alarm triggers it");
    }
    String first = names.get(0);
    String others = names.size() > 1 ? "; its other alarms " + names.subList(1, names.size()) + " not simulated" : "";
    if (names.size() > 1) {
      notes.add(service + ": alarms " + names.subList(1, names.size()) + " not simulated (ecsim gives a policy one alarm)");
    }
    if (composite(first)) {
      return Alarm.not("its alarm " + first + " is a composite alarm, not simulated");
    }
    Optional<JsonNode> found = export.items(AwsShape.METRIC_ALARMS).stream()
        .filter(a -> first.equals(Json.text(a, "AlarmName").orElse(null))).findFirst();
    if (found.isEmpty()) {
      return Alarm.not("its alarm " + first + " is not in these files (aws cloudwatch describe-alarms prints it)");
    }
    Alarm translated = translate(found.get(), cluster, service);
    return translated.yaml().isPresent() ? new Alarm(translated.yaml(), translated.problem() + others) : translated;
  }

  private boolean composite(String name) {
    return export.files(AwsShape.METRIC_ALARMS).stream()
        .flatMap(saved -> Json.list(saved.root(), "CompositeAlarms").stream())
        .anyMatch(a -> name.equals(Json.text(a, "AlarmName").orElse(null)));
  }

  private static Alarm translate(JsonNode alarm, String cluster, String service) {
    String name = Json.text(alarm, "AlarmName").orElse("");
    String namespace = Json.text(alarm, "Namespace").orElse("");
    String metric = METRICS.get(namespace + " " + Json.text(alarm, "MetricName").orElse(""));
    if (metric == null) {
      return Alarm.not("its alarm " + name + " watches " + (alarm.has("Metrics") ? "a metric math expression"
          : namespace + " " + Json.text(alarm, "MetricName").orElse("?")) + "; ecsim has CPUUtilization, MemoryUtilization"
          + " and RequestCountPerTarget");
    }
    // An AWS/ECS alarm on another service (or cluster) watches tasks the policy does not scale.
    for (JsonNode dimension : Json.list(alarm, "Dimensions")) {
      String key = Json.text(dimension, "Name").orElse("");
      String value = Json.text(dimension, "Value").orElse("");
      if ((key.equals("ServiceName") && !value.equals(service)) || (key.equals("ClusterName") && cluster != null && !value.equals(cluster))) {
        return Alarm.not("its alarm " + name + " watches " + key + " " + value + ", not this service");
      }
    }
    if (alarm.hasNonNull("ExtendedStatistic")) {
      return Alarm.not("its alarm " + name + " uses the percentile " + alarm.get("ExtendedStatistic").asText() + ", not simulated");
    }
    String statistic = Json.text(alarm, "Statistic").orElse("Average");
    String operator = Json.text(alarm, "ComparisonOperator").orElse("");
    if (!STATISTICS.contains(statistic) || !OPERATORS.contains(operator) || Json.number(alarm, "Threshold").isEmpty()) {
      return Alarm.not("its alarm " + name + " compares " + statistic + " " + operator + " " + alarm.path("Threshold")
          + ", not simulated (anomaly detection bands are not)");
    }
    // CloudWatch periods are seconds; ecsim's service metrics are one-minute datapoints (high resolution 10 s and 30 s are not).
    long period = alarm.path("Period").asLong(60);
    if (period <= 0 || period % 60 != 0) {
      return Alarm.not("its alarm " + name + " has a period of " + period + " s; ecsim takes whole minutes");
    }
    if (!alarm.path("ActionsEnabled").asBoolean(true)) {
      return Alarm.not("its alarm " + name + " has its actions disabled: AWS never runs the policy");
    }
    List<String> parts = new ArrayList<>();
    parts.add("metric: " + metric);
    parts.add("statistic: " + statistic);
    parts.add("comparisonOperator: " + operator);
    parts.add("threshold: " + YamlText.number(alarm.get("Threshold")));
    parts.add("period: " + period / 60 + "m");
    Json.number(alarm, "EvaluationPeriods").ifPresent(n -> parts.add("evaluationPeriods: " + YamlText.number(n)));
    Json.number(alarm, "DatapointsToAlarm").ifPresent(n -> parts.add("datapointsToAlarm: " + YamlText.number(n)));
    String extra = "";
    Optional<String> missing = Json.text(alarm, "TreatMissingData");
    if (missing.isPresent() && MISSING_DATA.contains(missing.get())) {
      parts.add("treatMissingData: " + missing.get());
    } else if (missing.isPresent()) {
      extra = "; TreatMissingData " + missing.get() + " not simulated, taken as missing";
    }
    return new Alarm(Optional.of("{" + String.join(", ", parts) + "}"), extra);
  }
}
