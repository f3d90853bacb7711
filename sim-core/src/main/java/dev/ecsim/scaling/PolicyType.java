package dev.ecsim.scaling;

/** Application Auto Scaling's {@code PolicyType} values that ecsim models. */
public enum PolicyType implements AwsNamed {
  TARGET_TRACKING_SCALING("TargetTrackingScaling"),
  STEP_SCALING("StepScaling");

  private final String awsName;

  PolicyType(String awsName) {
    this.awsName = awsName;
  }

  @Override
  public String awsName() {
    return awsName;
  }
}
