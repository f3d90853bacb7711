package dev.ecsim.scaling;

/** How an alarm compares a period's value with its threshold; a true comparison is a breach. */
public enum ComparisonOperator implements AwsNamed {
  GREATER_THAN_OR_EQUAL_TO_THRESHOLD("GreaterThanOrEqualToThreshold", ">="),
  GREATER_THAN_THRESHOLD("GreaterThanThreshold", ">"),
  LESS_THAN_THRESHOLD("LessThanThreshold", "<"),
  LESS_THAN_OR_EQUAL_TO_THRESHOLD("LessThanOrEqualToThreshold", "<=");

  private final String awsName;
  private final String symbol;

  ComparisonOperator(String awsName, String symbol) {
    this.awsName = awsName;
    this.symbol = symbol;
  }

  @Override
  public String awsName() {
    return awsName;
  }

  public String symbol() {
    return symbol;
  }

  public boolean breaches(double value, double threshold) {
    return switch (this) {
      case GREATER_THAN_OR_EQUAL_TO_THRESHOLD -> value >= threshold;
      case GREATER_THAN_THRESHOLD -> value > threshold;
      case LESS_THAN_THRESHOLD -> value < threshold;
      case LESS_THAN_OR_EQUAL_TO_THRESHOLD -> value <= threshold;
    };
  }

  /**
   * True when the alarm breaches above its threshold (step bounds: lower inclusive,
   * docs/ecs-behaviour.md §6.3).
   */
  public boolean breachesAbove() {
    return this == GREATER_THAN_OR_EQUAL_TO_THRESHOLD || this == GREATER_THAN_THRESHOLD;
  }
}
