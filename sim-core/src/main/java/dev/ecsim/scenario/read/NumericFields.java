package dev.ecsim.scenario.read;

import static dev.ecsim.scenario.yaml.NumericField.ANY_64_BIT;

import dev.ecsim.scenario.RunLimits;
import dev.ecsim.scenario.yaml.NumericField;
import java.util.List;

/**
 * Every plain-number field of the scenario format with its real range and unit, each from the AWS
 * rule it comes from (or the ecsim limit, said as such), so a message names them instead of a Java
 * type's bounds. Quantities with units (durations, memory, rates) are read by Quantities instead.
 */
final class NumericFields {
  private NumericFields() {}

  private static final double INFINITY = Double.POSITIVE_INFINITY;

  /** Any value a long holds: the seed only seeds the random streams. */
  static final NumericField SEED = new NumericField("seed", "a whole number", -ANY_64_BIT, false, ANY_64_BIT, true,
      false, "");

  // Capacity providers (ECS API: CreateCapacityProvider, ManagedScaling; EC2 Auto Scaling group sizes).
  /** ecsim limit: 10,000 instances per Auto Scaling group, twice ECS's default 5,000 per cluster. */
  static final NumericField MIN_SIZE = NumericField.whole("minSize", "instances", 0, 10_000);
  static final NumericField DESIRED_SIZE = NumericField.whole("desiredSize", "instances", 0, 10_000);
  static final NumericField MAX_SIZE = NumericField.whole("maxSize", "instances", 0, 10_000);
  /** docs/ecs-behaviour.md §1.6: the agent registers a little less memory than the type has. */
  static final NumericField REGISTERED_MEMORY_FRACTION = NumericField.number("registeredMemoryFraction",
      "a fraction of the instance type's memory", 0.5, 1.0);
  /** ECS API: ManagedScaling, targetCapacity 1 to 100 percent. */
  static final NumericField TARGET_CAPACITY = NumericField.wholePercent("targetCapacity", 1, 100);
  static final NumericField MIN_SCALING_STEP = NumericField.whole("minimumScalingStepSize", "instances", 1, 10_000);
  static final NumericField MAX_SCALING_STEP = NumericField.whole("maximumScalingStepSize", "instances", 1, 10_000);
  /** ECS API: CapacityProviderStrategyItem, base 0 to 100,000 tasks and weight 0 to 1,000. */
  static final NumericField STRATEGY_BASE = NumericField.whole("base", "tasks", 0, 100_000);
  static final NumericField STRATEGY_WEIGHT = NumericField.wholeNamed("weight", "a whole number (a relative weight)", 0, 1_000);
  /** The spot price as a share of the on-demand price. */
  static final NumericField PRICE_RATIO = NumericField.number("priceRatio", "a fraction of the on-demand price",
      0.01, 1.0);

  /** The share of one instance type's instances in one zone that one spot reclaim takes. */
  static final NumericField RECLAIM_SHARE = NumericField.number("share",
      "a fraction of the provider's instances of one type in one Availability Zone", 0, 1).aboveMin()
      .because("0.5 takes half of them");

  // Pricing: overrides of the bundled prices.
  static final NumericField DISCOUNT_PERCENT = NumericField.percent("discountPercent", 0, 100);
  static final NumericField ON_DEMAND_USD_PER_HOUR = NumericField.number("onDemandUsdPerHour",
      "a price in USD per instance-hour", 0, INFINITY).aboveMin();
  static final NumericField SPOT_PRICE_RATIO = NumericField.number("spotPriceRatio",
      "a ratio of the spot to the on-demand price", 0, 1).aboveMin();
  static final NumericField VCPU_HOUR_USD = NumericField.number("vcpuHourUsd", "a price in USD per vCPU-hour", 0,
      INFINITY).aboveMin();
  static final NumericField GB_HOUR_USD = NumericField.number("gbHourUsd", "a price in USD per GB-hour", 0,
      INFINITY).aboveMin();
  static final NumericField EPHEMERAL_STORAGE_GB_HOUR_USD = NumericField.number("ephemeralStorageGbHourUsd",
      "a price in USD per GB-hour of storage", 0, INFINITY).aboveMin();

  // Services (ECS API: CreateService, DeploymentConfiguration).
  static final NumericField DESIRED_COUNT = NumericField.whole("desiredCount", "tasks", 0,
      RunLimits.MAX_TASKS_PER_SERVICE).because(RunLimits.TASKS_PER_SERVICE_WHY);
  static final NumericField MINIMUM_HEALTHY_PERCENT = NumericField.wholePercent("minimumHealthyPercent", 0, 100);
  static final NumericField MAXIMUM_PERCENT = NumericField.wholePercent("maximumPercent", 100, 200);

  // Jobs.
  /** Tasks started at each arrival; RunTask starts at most 10 a call, ecsim lets one arrival start more. */
  static final NumericField ARRIVAL_COUNT = NumericField.whole("count", "tasks", 1, 10_000);

  // Service auto scaling (Application Auto Scaling: RegisterScalableTarget, PutScalingPolicy; CloudWatch: PutMetricAlarm).
  static final NumericField MIN_CAPACITY = NumericField.whole("minCapacity", "tasks", 0,
      RunLimits.MAX_TASKS_PER_SERVICE).because(RunLimits.TASKS_PER_SERVICE_WHY);
  static final NumericField MAX_CAPACITY = NumericField.whole("maxCapacity", "tasks", 0,
      RunLimits.MAX_TASKS_PER_SERVICE).because(RunLimits.TASKS_PER_SERVICE_WHY);
  /**
   * TargetValue of ECSServiceAverageCPUUtilization and ECSServiceAverageMemoryUtilization: a
   * percentage of the tasks' reservation, above 0 (AAS: TargetTrackingScalingPolicyConfiguration;
   * ecsim keeps it at most 100, where a utilization target still means something).
   */
  static final NumericField TARGET_PERCENT = NumericField.percent("targetValue", 0, 100).aboveMin();
  /** TargetValue of ALBRequestCountPerTarget: requests per target (per task) per minute, above 0. */
  static final NumericField TARGET_REQUESTS = NumericField.number("targetValue",
      "a number of requests per target per minute", 0, INFINITY).aboveMin();
  /** Before the metric is known: what both kinds of target share. */
  static final NumericField TARGET_ANY = NumericField.number("targetValue",
      "a number above 0 (percent for the utilization metrics, requests per target for ALBRequestCountPerTarget)",
      0, INFINITY).aboveMin();
  /** CloudWatch: PutMetricAlarm Threshold, a double of either sign in the metric's own unit. */
  static final NumericField THRESHOLD = NumericField.number("threshold", "a number in the alarm metric's unit "
      + "(percent for CPUUtilization and MemoryUtilization)", -INFINITY, INFINITY);
  /** CloudWatch: EvaluationPeriods ≥ 1, and periods × period at most one day: 1,440 one-minute periods. */
  static final NumericField EVALUATION_PERIODS = NumericField.whole("evaluationPeriods", "periods", 1, 1_440);
  /** CloudWatch: DatapointsToAlarm from 1 to evaluationPeriods; the reader narrows the maximum. */
  static final NumericField DATAPOINTS_TO_ALARM = NumericField.whole("datapointsToAlarm", "datapoints", 1, 1_440);
  /** AAS: StepAdjustment bounds are the metric minus the threshold, of either sign. */
  static final NumericField INTERVAL_LOWER_BOUND = NumericField.number("metricIntervalLowerBound",
      "a number (the metric minus the alarm threshold)", -INFINITY, INFINITY);
  static final NumericField INTERVAL_UPPER_BOUND = NumericField.number("metricIntervalUpperBound",
      "a number (the metric minus the alarm threshold)", -INFINITY, INFINITY);
  /**
   * AAS: ScalingAdjustment, a task count or a percentage of the capacity by adjustmentType, of
   * either sign; ecsim limit ±1,000,000 (200 times the 5,000 tasks a service may run).
   */
  static final NumericField SCALING_ADJUSTMENT = NumericField.wholeNamed("scalingAdjustment",
      "a whole number of tasks (of percent of the capacity for PercentChangeInCapacity)", -1_000_000, 1_000_000);
  /** AAS: MinAdjustmentMagnitude, at least 1 task; more than a service's 5,000 tasks would never apply. */
  static final NumericField MIN_ADJUSTMENT_MAGNITUDE = NumericField.whole("minAdjustmentMagnitude", "tasks", 1,
      RunLimits.MAX_TASKS_PER_SERVICE);

  // Load.
  static final NumericField WEEKEND_FACTOR = NumericField.number("weekendFactor",
      "a factor on the weekday rate", 0, LoadReader.MAX_WEEKEND_FACTOR);
  static final NumericField SPIKE_MULTIPLIER = NumericField.number("multiplier",
      "a factor on the rate", 0, LoadReader.MAX_MULTIPLIER);

  // Task definitions (ECS API: RegisterTaskDefinition, ContainerDefinition, HealthCheck, PortMapping, EphemeralStorage).
  static final NumericField CONTAINER_CPU = NumericField.whole("cpu", "CPU units (1,024 a vCPU)", 0,
      TaskDefinitionReader.MAX_TASK_CPU);
  static final NumericField CONTAINER_PORT = NumericField.whole("containerPort", "", 1, 65_535);
  static final NumericField HOST_PORT = NumericField.whole("hostPort", "", 0, 65_535);
  static final NumericField EPHEMERAL_STORAGE = NumericField.whole("sizeInGiB", "GiB", 21, 200);
  static final NumericField HEALTH_CHECK_RETRIES = NumericField.whole("retries", "", 1, 10);
  static final NumericField HEALTH_CHECK_INTERVAL = NumericField.whole("interval", "seconds", 5, 300);
  static final NumericField HEALTH_CHECK_TIMEOUT = NumericField.whole("timeout", "seconds", 2, 60);
  static final NumericField HEALTH_CHECK_START_PERIOD = NumericField.whole("startPeriod", "seconds", 0, 300);
  /** ECS API: ContainerDefinition stopTimeout, at most 120 seconds. */
  static final NumericField STOP_TIMEOUT = NumericField.whole("stopTimeout", "seconds", 0, 120);
  /** ecsim limit: a 1 TB image is far beyond any registry's layer limits. */
  static final NumericField IMAGE_SIZE = NumericField.number("sizeMiB", "a number of MiB", 0, 1_000_000);

  /** All of them, for the test that no message shows a Java type's bounds. */
  static final List<NumericField> ALL = List.of(SEED, MIN_SIZE, DESIRED_SIZE, MAX_SIZE, REGISTERED_MEMORY_FRACTION,
      TARGET_CAPACITY, MIN_SCALING_STEP, MAX_SCALING_STEP, STRATEGY_BASE, STRATEGY_WEIGHT, PRICE_RATIO,
      RECLAIM_SHARE, DISCOUNT_PERCENT, ON_DEMAND_USD_PER_HOUR, SPOT_PRICE_RATIO, VCPU_HOUR_USD, GB_HOUR_USD,
      EPHEMERAL_STORAGE_GB_HOUR_USD, DESIRED_COUNT, MINIMUM_HEALTHY_PERCENT, MAXIMUM_PERCENT, ARRIVAL_COUNT, MIN_CAPACITY, MAX_CAPACITY,
      TARGET_PERCENT, TARGET_REQUESTS, TARGET_ANY, THRESHOLD, EVALUATION_PERIODS, DATAPOINTS_TO_ALARM,
      INTERVAL_LOWER_BOUND, INTERVAL_UPPER_BOUND, SCALING_ADJUSTMENT, MIN_ADJUSTMENT_MAGNITUDE, WEEKEND_FACTOR,
      SPIKE_MULTIPLIER, CONTAINER_CPU, CONTAINER_PORT, HOST_PORT, EPHEMERAL_STORAGE, HEALTH_CHECK_RETRIES,
      HEALTH_CHECK_INTERVAL, HEALTH_CHECK_TIMEOUT, HEALTH_CHECK_START_PERIOD, STOP_TIMEOUT, IMAGE_SIZE);
}
