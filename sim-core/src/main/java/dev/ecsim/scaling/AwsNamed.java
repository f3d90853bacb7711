package dev.ecsim.scaling;

import java.util.Arrays;
import java.util.List;

/**
 * A value spelt as the AWS APIs spell it ({@code GreaterThanThreshold}, {@code notBreaching},
 * {@code ECSServiceAverageCPUUtilization}), which is how a scenario writes it.
 */
public interface AwsNamed {
  String awsName();

  /** The AWS spellings of {@code values}, in declaration order, for messages and readers. */
  static List<String> names(AwsNamed[] values) {
    return Arrays.stream(values).map(AwsNamed::awsName).toList();
  }
}
