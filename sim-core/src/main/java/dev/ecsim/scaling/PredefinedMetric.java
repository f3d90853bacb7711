package dev.ecsim.scaling;

/**
 * The predefined target-tracking metrics for ECS services (docs/ecs-behaviour.md §6.2, AAS:
 * target-tracking).
 */
public enum PredefinedMetric implements AwsNamed {
  ECS_SERVICE_AVERAGE_CPU_UTILIZATION("ECSServiceAverageCPUUtilization", ServiceMetric.CPU_UTILIZATION),
  ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION("ECSServiceAverageMemoryUtilization", ServiceMetric.MEMORY_UTILIZATION),
  ALB_REQUEST_COUNT_PER_TARGET("ALBRequestCountPerTarget", ServiceMetric.REQUEST_COUNT_PER_TARGET);

  private final String awsName;
  private final ServiceMetric metric;

  PredefinedMetric(String awsName, ServiceMetric metric) {
    this.awsName = awsName;
    this.metric = metric;
  }

  @Override
  public String awsName() {
    return awsName;
  }

  /** The service metric this predefined metric tracks. */
  public ServiceMetric metric() {
    return metric;
  }

  /** True for the utilization metrics, whose targets are percentages. */
  public boolean isPercentage() {
    return metric != ServiceMetric.REQUEST_COUNT_PER_TARGET;
  }
}
