package dev.ecsim.scaling;

import java.util.List;

/** How a step policy aggregates the alarm's evaluated datapoints into the value that picks a step. */
public enum MetricAggregationType implements AwsNamed {
  AVERAGE("Average"),
  MINIMUM("Minimum"),
  MAXIMUM("Maximum");

  private final String awsName;

  MetricAggregationType(String awsName) {
    this.awsName = awsName;
  }

  @Override
  public String awsName() {
    return awsName;
  }

  /** The aggregate of one or more values. */
  double of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("nothing to aggregate");
    }
    return switch (this) {
      case AVERAGE -> values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      case MINIMUM -> values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
      case MAXIMUM -> values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    };
  }
}
