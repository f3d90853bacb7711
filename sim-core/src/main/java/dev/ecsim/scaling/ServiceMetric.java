package dev.ecsim.scaling;

/**
 * The one-minute metrics of an ECS service that scaling can watch (docs/ecs-behaviour.md §8):
 * average CPU and memory utilization in percent ({@code AWS/ECS}) and the load balancer's requests
 * per target per minute ({@code AWS/ApplicationELB RequestCountPerTarget}). The service computes
 * them.
 */
public enum ServiceMetric implements AwsNamed {
  CPU_UTILIZATION("CPUUtilization"),
  MEMORY_UTILIZATION("MemoryUtilization"),
  REQUEST_COUNT_PER_TARGET("RequestCountPerTarget");

  private final String awsName;

  ServiceMetric(String awsName) {
    this.awsName = awsName;
  }

  @Override
  public String awsName() {
    return awsName;
  }
}
