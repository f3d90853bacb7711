package dev.ecsim.scaling;

/** How a step's {@code scalingAdjustment} reads (docs/ecs-behaviour.md §6.3). */
public enum AdjustmentType implements AwsNamed {
  CHANGE_IN_CAPACITY("ChangeInCapacity"),
  PERCENT_CHANGE_IN_CAPACITY("PercentChangeInCapacity"),
  EXACT_CAPACITY("ExactCapacity");

  private final String awsName;

  AdjustmentType(String awsName) {
    this.awsName = awsName;
  }

  @Override
  public String awsName() {
    return awsName;
  }
}
