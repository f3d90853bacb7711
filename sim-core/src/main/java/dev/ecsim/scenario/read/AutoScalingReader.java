package dev.ecsim.scenario.read;

import dev.ecsim.scaling.AdjustmentType;
import dev.ecsim.scaling.AlarmSpec;
import dev.ecsim.scaling.AutoScalingSpec;
import dev.ecsim.scaling.AwsNamed;
import dev.ecsim.scaling.ComparisonOperator;
import dev.ecsim.scaling.MetricAggregationType;
import dev.ecsim.scaling.PolicyType;
import dev.ecsim.scaling.PredefinedMetric;
import dev.ecsim.scaling.ScalingPolicySpec;
import dev.ecsim.scaling.Schedule;
import dev.ecsim.scaling.ScheduleSyntaxException;
import dev.ecsim.scaling.ScheduledActionSpec;
import dev.ecsim.scaling.ServiceMetric;
import dev.ecsim.scaling.Statistic;
import dev.ecsim.scaling.StepAdjustment;
import dev.ecsim.scaling.TreatMissingData;
import dev.ecsim.scenario.yaml.Mapping;
import dev.ecsim.scenario.yaml.Names;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.NumericField;
import dev.ecsim.scenario.yaml.Quantities;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a service's {@code autoScaling:} block with the ranges and defaults of the Application
 * Auto Scaling and CloudWatch APIs (docs/ecs-behaviour.md §6), reporting every problem at its line
 * and column.
 */
final class AutoScalingReader {
  static final List<String> FIELDS = List.of("minCapacity", "maxCapacity", "policies", "scheduledActions");
  static final List<String> TARGET_TRACKING_FIELDS = List.of("name", "type", "predefinedMetric", "targetValue",
      "scaleOutCooldown", "scaleInCooldown", "disableScaleIn");
  static final List<String> STEP_FIELDS = List.of("name", "type", "alarm", "adjustmentType", "stepAdjustments",
      "minAdjustmentMagnitude", "metricAggregationType", "cooldown");
  static final List<String> ALARM_FIELDS = List.of("metric", "statistic", "comparisonOperator", "threshold",
      "period", "evaluationPeriods", "datapointsToAlarm", "treatMissingData");
  static final List<String> STEP_ADJUSTMENT_FIELDS = List.of(
      "metricIntervalLowerBound", "metricIntervalUpperBound", "scalingAdjustment");
  static final List<String> SCHEDULED_FIELDS = List.of(
      "name", "schedule", "timezone", "startTime", "endTime", "scalableTargetAction");
  static final List<String> TARGET_ACTION_FIELDS = List.of("minCapacity", "maxCapacity");

  /** AAS quotas per scalable target and policy (docs/ecs-behaviour.md §6.1). */
  static final int MAX_POLICIES = 50;
  static final int MAX_SCHEDULED_ACTIONS = 200;
  static final int MAX_STEPS = 20;
  /** AAS: cooldowns default to 300 s for ECS (docs/ecs-behaviour.md §0, §6.2, §6.3). */
  static final long DEFAULT_COOLDOWN_MILLIS = 300_000;
  /** ecsim default: ECS publishes one-minute datapoints (docs/ecs-behaviour.md §8). */
  static final long DEFAULT_PERIOD_MILLIS = 60_000;
  /** CloudWatch: evaluation periods × period may not exceed one day. */
  static final long MAX_EVALUATION_MILLIS = 86_400_000;
  /** AAS names: 1 to 256 printable characters. */
  private static final Pattern NAME = Pattern.compile("\\p{Print}{1,256}");

  private AutoScalingReader() {}

  /** The target, when the block is present and its capacity range reads; problems go to the context. */
  static Optional<AutoScalingSpec> read(Node node) {
    if (!node.present()) {
      return Optional.empty();
    }
    Mapping m = node.mapping(FIELDS);
    Optional<Long> min = m.required("minCapacity").flatMap(n -> n.integer(NumericFields.MIN_CAPACITY));
    Optional<Long> max = m.required("maxCapacity").flatMap(n -> n.integer(NumericFields.MAX_CAPACITY));
    if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
      m.field("minCapacity").error("minCapacity " + min.get() + " exceeds maxCapacity " + max.get());
      min = Optional.empty();
    }
    List<ScalingPolicySpec> policies = policies(m.field("policies"));
    List<ScheduledActionSpec> actions = scheduledActions(m.field("scheduledActions"));
    if (min.isEmpty() || max.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AutoScalingSpec(min.get().intValue(), max.get().intValue(), policies, actions));
  }

  private static List<ScalingPolicySpec> policies(Node list) {
    List<Node> elements = list.elements();
    if (elements.size() > MAX_POLICIES) {
      list.error("a scalable target has at most " + MAX_POLICIES + " scaling policies, found " + elements.size());
    }
    List<ScalingPolicySpec> out = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    Map<PredefinedMetric, String> tracked = new HashMap<>();
    for (Node e : elements) {
      Optional<ScalingPolicySpec> policy = policy(e);
      policy.ifPresent(out::add);
      e.child("name").text().ifPresent(n -> unique(names, n, e.child("name"), "policies"));
      policy.filter(p -> p instanceof ScalingPolicySpec.TargetTracking)
          .map(p -> ((ScalingPolicySpec.TargetTracking) p).predefinedMetric())
          .ifPresent(metric -> {
            String first = tracked.putIfAbsent(metric, e.path());
            if (first != null) {
              e.child("predefinedMetric").error("target-tracking policies must track different metrics; "
                  + first + " already tracks " + metric.awsName());
            }
          });
    }
    return out;
  }

  private static Optional<ScalingPolicySpec> policy(Node node) {
    List<String> all = Stream.concat(TARGET_TRACKING_FIELDS.stream(), STEP_FIELDS.stream()).distinct().toList();
    if (!node.isMapping()) {
      node.mapping(all);
      return Optional.empty();
    }
    Optional<PolicyType> type = choice(node.child("type"), PolicyType.values());
    if (!node.child("type").present()) {
      node.error("missing required field 'type'; valid: " + String.join(", ", AwsNamed.names(PolicyType.values())));
    }
    if (type.isEmpty()) {
      node.mapping(all);
      return Optional.empty();
    }
    boolean tracking = type.get() == PolicyType.TARGET_TRACKING_SCALING;
    List<String> own = tracking ? TARGET_TRACKING_FIELDS : STEP_FIELDS;
    List<String> known = new ArrayList<>(own);
    for (String key : node.keys()) {
      if (!own.contains(key) && all.contains(key)) {
        node.context().errorAtKey(node.child(key).path(), "'" + key + "' belongs to " + (tracking ? "StepScaling"
            : "TargetTrackingScaling") + " policies; a " + type.get().awsName() + " policy takes "
            + String.join(", ", own));
        known.add(key);
      }
    }
    Mapping m = node.mapping(known);
    Optional<String> name = m.required("name").flatMap(AutoScalingReader::name);
    return tracking ? targetTracking(m, name) : stepScaling(m, name);
  }

  private static Optional<ScalingPolicySpec> targetTracking(Mapping m, Optional<String> name) {
    Optional<PredefinedMetric> metric = m.required("predefinedMetric")
        .flatMap(n -> choice(n, PredefinedMetric.values()));
    NumericField range = metric.map(p -> p.isPercentage() ? NumericFields.TARGET_PERCENT
        .because(p.awsName() + " is in percent") : NumericFields.TARGET_REQUESTS).orElse(NumericFields.TARGET_ANY);
    Optional<Double> target = m.required("targetValue").flatMap(n -> n.number(range));
    long out = cooldown(m.field("scaleOutCooldown"));
    long in = cooldown(m.field("scaleInCooldown"));
    boolean disableScaleIn = m.field("disableScaleIn").bool().orElse(false);
    if (name.isEmpty() || metric.isEmpty() || target.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ScalingPolicySpec.TargetTracking(name.get(), metric.get(), target.get(), out, in,
        disableScaleIn));
  }

  private static Optional<ScalingPolicySpec> stepScaling(Mapping m, Optional<String> name) {
    Optional<AlarmSpec> alarm = m.required("alarm").flatMap(AutoScalingReader::alarm);
    Optional<AdjustmentType> adjustmentType = m.required("adjustmentType")
        .flatMap(n -> choice(n, AdjustmentType.values()));
    Optional<Node> stepList = m.required("stepAdjustments");
    List<StepAdjustment> steps = stepList.map(AutoScalingReader::steps).orElse(List.of());
    OptionalInt minMagnitude = m.field("minAdjustmentMagnitude").integer(NumericFields.MIN_ADJUSTMENT_MAGNITUDE)
        .map(v -> OptionalInt.of(v.intValue())).orElse(OptionalInt.empty());
    if (minMagnitude.isPresent() && adjustmentType.isPresent()
        && adjustmentType.get() != AdjustmentType.PERCENT_CHANGE_IN_CAPACITY) {
      m.field("minAdjustmentMagnitude").error("minAdjustmentMagnitude applies only to adjustmentType "
          + AdjustmentType.PERCENT_CHANGE_IN_CAPACITY.awsName() + ", not " + adjustmentType.get().awsName());
    }
    MetricAggregationType aggregation = choice(m.field("metricAggregationType"), MetricAggregationType.values())
        .orElse(MetricAggregationType.AVERAGE);
    long cooldown = cooldown(m.field("cooldown"));
    boolean stepsValid = stepList.isPresent() && stepList.get().isList()
        && steps.size() == stepList.get().elements().size() && !steps.isEmpty();
    if (stepsValid && adjustmentType.filter(t -> t == AdjustmentType.EXACT_CAPACITY).isPresent()) {
      for (int i = 0; i < steps.size(); i++) {
        if (steps.get(i).scalingAdjustment() < 0) {
          stepList.get().elements().get(i).child("scalingAdjustment").error("an ExactCapacity adjustment is a"
              + " task count, 0 or more, found " + steps.get(i).scalingAdjustment());
          stepsValid = false;
        }
      }
    }
    if (stepsValid && alarm.isPresent()) {
      Node list = stepList.get();
      for (StepAdjustment.Problem p : StepAdjustment.check(steps, alarm.get().comparisonOperator())) {
        (p.step().isPresent() ? list.elements().get(p.step().getAsInt()) : list).error(p.message());
        stepsValid = false;
      }
    }
    if (name.isEmpty() || alarm.isEmpty() || adjustmentType.isEmpty() || !stepsValid) {
      return Optional.empty();
    }
    return Optional.of(new ScalingPolicySpec.StepScaling(name.get(), alarm.get(), adjustmentType.get(), steps,
        minMagnitude, aggregation, cooldown));
  }

  private static Optional<AlarmSpec> alarm(Node node) {
    Mapping m = node.mapping(ALARM_FIELDS);
    Optional<ServiceMetric> metric = m.required("metric").flatMap(n -> choice(n, ServiceMetric.values()));
    Statistic statistic = choice(m.field("statistic"), Statistic.values()).orElse(Statistic.AVERAGE);
    Optional<ComparisonOperator> operator = m.required("comparisonOperator")
        .flatMap(n -> choice(n, ComparisonOperator.values()));
    Optional<Double> threshold = m.required("threshold").flatMap(n -> n.number(NumericFields.THRESHOLD));
    long period = m.parse("period", Quantities::durationMillis).orElse(DEFAULT_PERIOD_MILLIS);
    boolean periodValid = period > 0 && period % 60_000 == 0;
    if (!periodValid) {
      m.field("period").error("period must be a whole number of minutes (CloudWatch: a multiple of 60 s), found "
          + format(period / 1000.0) + "s");
    }
    Optional<Long> evaluationPeriods = m.field("evaluationPeriods").present()
        ? m.field("evaluationPeriods").integer(NumericFields.EVALUATION_PERIODS) : Optional.of(1L);
    Optional<Long> datapoints = evaluationPeriods.flatMap(n -> m.field("datapointsToAlarm").present()
        ? m.field("datapointsToAlarm").integer(NumericFields.DATAPOINTS_TO_ALARM.upTo(n)
            .because("at most evaluationPeriods")) : Optional.of(n));
    if (evaluationPeriods.isPresent() && periodValid && evaluationPeriods.get() * period > MAX_EVALUATION_MILLIS) {
      m.field("evaluationPeriods").error("evaluationPeriods × period is "
          + NumericField.show(evaluationPeriods.get() * period / 60_000.0)
          + " minutes; CloudWatch allows at most one day (1,440 minutes)");
      evaluationPeriods = Optional.empty();
    }
    TreatMissingData missing = choice(m.field("treatMissingData"), TreatMissingData.values())
        .orElse(TreatMissingData.MISSING);
    if (metric.isEmpty() || operator.isEmpty() || threshold.isEmpty() || !periodValid
        || evaluationPeriods.isEmpty() || datapoints.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AlarmSpec(metric.get(), statistic, operator.get(), threshold.get(), period,
        evaluationPeriods.get().intValue(), datapoints.get().intValue(), missing));
  }

  /** The steps that read; the caller compares the count with the list's to know if all did. */
  private static List<StepAdjustment> steps(Node list) {
    List<Node> elements = list.elements();
    if (list.isList() && elements.isEmpty()) {
      list.error("a step scaling policy needs at least one step adjustment");
    }
    if (elements.size() > MAX_STEPS) {
      list.error("a step scaling policy has at most " + MAX_STEPS + " step adjustments, found " + elements.size());
    }
    List<StepAdjustment> out = new ArrayList<>();
    for (Node e : elements) {
      Mapping m = e.mapping(STEP_ADJUSTMENT_FIELDS);
      Optional<Double> lower = m.field("metricIntervalLowerBound").number(NumericFields.INTERVAL_LOWER_BOUND);
      Optional<Double> upper = m.field("metricIntervalUpperBound").number(NumericFields.INTERVAL_UPPER_BOUND);
      Optional<Long> adjustment = m.required("scalingAdjustment")
          .flatMap(n -> n.integer(NumericFields.SCALING_ADJUSTMENT));
      boolean boundsRead = lower.isPresent() == m.has("metricIntervalLowerBound")
          && upper.isPresent() == m.has("metricIntervalUpperBound");
      if (adjustment.isPresent() && boundsRead && e.isMapping()) {
        out.add(new StepAdjustment(optional(lower), optional(upper), adjustment.get().intValue()));
      }
    }
    return out;
  }

  private static List<ScheduledActionSpec> scheduledActions(Node list) {
    List<Node> elements = list.elements();
    if (elements.size() > MAX_SCHEDULED_ACTIONS) {
      list.error("a scalable target has at most " + MAX_SCHEDULED_ACTIONS + " scheduled actions, found "
          + elements.size());
    }
    List<ScheduledActionSpec> out = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    for (Node e : elements) {
      scheduledAction(e).ifPresent(out::add);
      e.child("name").text().ifPresent(n -> unique(names, n, e.child("name"), "scheduled actions"));
    }
    return out;
  }

  private static Optional<ScheduledActionSpec> scheduledAction(Node node) {
    Mapping m = node.mapping(SCHEDULED_FIELDS);
    Optional<String> name = m.required("name").flatMap(AutoScalingReader::name);
    Optional<Schedule> schedule = m.required("schedule").flatMap(AutoScalingReader::schedule);
    Optional<ZoneId> zone = m.field("timezone").present()
        ? m.field("timezone").text().flatMap(t -> zone(t, m.field("timezone"))) : Optional.of(ZoneOffset.UTC);
    Optional<Instant> start = m.parse("startTime", AutoScalingReader::instant);
    Optional<Instant> end = m.parse("endTime", AutoScalingReader::instant);
    if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
      m.field("endTime").error("endTime " + end.get() + " must be after startTime " + start.get());
    }
    OptionalInt min = OptionalInt.empty();
    OptionalInt max = OptionalInt.empty();
    Optional<Node> action = m.required("scalableTargetAction");
    if (action.isPresent()) {
      Mapping a = action.get().mapping(TARGET_ACTION_FIELDS);
      min = a.field("minCapacity").integer(NumericFields.MIN_CAPACITY).map(v -> OptionalInt.of(v.intValue()))
          .orElse(OptionalInt.empty());
      max = a.field("maxCapacity").integer(NumericFields.MAX_CAPACITY).map(v -> OptionalInt.of(v.intValue()))
          .orElse(OptionalInt.empty());
      if (!a.has("minCapacity") && !a.has("maxCapacity") && action.get().isMapping()) {
        action.get().error("scalableTargetAction sets minCapacity, maxCapacity or both");
      }
      if (min.isPresent() && max.isPresent() && min.getAsInt() > max.getAsInt()) {
        a.field("minCapacity").error("minCapacity " + min.getAsInt() + " exceeds maxCapacity " + max.getAsInt());
        return Optional.empty();
      }
    }
    if (name.isEmpty() || schedule.isEmpty() || zone.isEmpty() || (min.isEmpty() && max.isEmpty())
        || (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get()))) {
      return Optional.empty();
    }
    return Optional.of(new ScheduledActionSpec(name.get(), schedule.get(), zone.get(), start, end, min, max));
  }

  /** An AWS schedule expression, {@code at(...)}, {@code rate(...)} or {@code cron(...)}, errors at their column. */
  static Optional<Schedule> schedule(Node node) {
    return node.text().flatMap(text -> {
      try {
        return Optional.of(Schedule.parse(text));
      } catch (ScheduleSyntaxException e) {
        node.context().errorInValue(node.path(), e.index(), e.getMessage());
        return Optional.empty();
      }
    });
  }

  /** An IANA time zone name, as Application Auto Scaling takes ({@code Europe/Berlin}, {@code Etc/GMT+9}). */
  static Optional<ZoneId> zone(String text, Node node) {
    Set<String> known = ZoneId.getAvailableZoneIds();
    if (!known.contains(text)) {
      node.error("unknown time zone '" + text + "'" + Names.didYouMean(text, known)
          + "; use an IANA name such as UTC, Europe/Berlin or America/New_York");
      return Optional.empty();
    }
    return Optional.of(ZoneId.of(text));
  }

  private static Optional<String> name(Node node) {
    return node.text().filter(n -> {
      if (!NAME.matcher(n).matches()) {
        node.error("'" + n + "' is not a valid name; use 1 to 256 printable characters");
        return false;
      }
      return true;
    });
  }

  private static void unique(Map<String, String> seen, String name, Node at, String what) {
    String first = seen.putIfAbsent(name, at.path());
    if (first != null) {
      at.error("names of " + what + " must be unique; '" + name + "' is also " + first);
    }
  }

  /** Cooldowns are whole seconds, 0 or more (AAS API); 300 s when not given. */
  private static long cooldown(Node node) {
    Optional<Long> millis = node.parse(Quantities::durationMillis);
    if (millis.isPresent() && millis.get() % 1000 != 0) {
      node.error("a cooldown is a whole number of seconds, found " + format(millis.get() / 1000.0) + "s");
    }
    return millis.orElse(DEFAULT_COOLDOWN_MILLIS);
  }

  /** One of the values, spelt as AWS spells it. */
  private static <E extends Enum<E> & AwsNamed> Optional<E> choice(Node node, E[] values) {
    List<String> names = AwsNamed.names(values);
    return node.choice(names).map(s -> values[names.indexOf(s)]);
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an ISO-8601 instant in UTC; use e.g. 2026-01-05T00:00:00Z");
    }
  }

  private static OptionalDouble optional(Optional<Double> v) {
    return v.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  private static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
