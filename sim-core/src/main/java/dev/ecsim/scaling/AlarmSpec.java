package dev.ecsim.scaling;

/**
 * A CloudWatch metric alarm on one of the service's metrics (CloudWatch API: PutMetricAlarm): the
 * alarm breaches when {@code statistic} over a period compares true with {@code threshold};
 * it goes to ALARM when {@code datapointsToAlarm} of the last {@code evaluationPeriods} periods
 * breach (M of N).
 *
 * @param periodMillis a whole number of minutes, the service's metrics being one-minute datapoints
 */
public record AlarmSpec(
    ServiceMetric metric,
    Statistic statistic,
    ComparisonOperator comparisonOperator,
    double threshold,
    long periodMillis,
    int evaluationPeriods,
    int datapointsToAlarm,
    TreatMissingData treatMissingData) {

  public AlarmSpec {
    if (periodMillis <= 0 || periodMillis % 60_000 != 0) {
      throw new IllegalArgumentException("period " + periodMillis + " ms is not a whole number of minutes");
    }
    if (evaluationPeriods < 1 || datapointsToAlarm < 1 || datapointsToAlarm > evaluationPeriods) {
      throw new IllegalArgumentException("datapointsToAlarm " + datapointsToAlarm + " of evaluationPeriods "
          + evaluationPeriods + ": need 1 <= datapointsToAlarm <= evaluationPeriods");
    }
  }
}
