package dev.ecsim.scaling;

/** How an alarm turns the one-minute datapoints inside one of its periods into one value. */
public enum Statistic implements AwsNamed {
  AVERAGE("Average"),
  SUM("Sum"),
  MINIMUM("Minimum"),
  MAXIMUM("Maximum"),
  SAMPLE_COUNT("SampleCount");

  private final String awsName;

  Statistic(String awsName) {
    this.awsName = awsName;
  }

  @Override
  public String awsName() {
    return awsName;
  }

  /** The statistic of {@code count} (at least one) values with this sum, minimum and maximum. */
  double of(int count, double sum, double min, double max) {
    return switch (this) {
      case AVERAGE -> sum / count;
      case SUM -> sum;
      case MINIMUM -> min;
      case MAXIMUM -> max;
      case SAMPLE_COUNT -> count;
    };
  }
}
