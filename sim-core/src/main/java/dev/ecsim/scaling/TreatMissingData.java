package dev.ecsim.scaling;

/** How an alarm fills a period without a datapoint when it has too few (CloudWatch User Guide). */
public enum TreatMissingData implements AwsNamed {
  MISSING("missing"),
  BREACHING("breaching"),
  NOT_BREACHING("notBreaching"),
  IGNORE("ignore");

  private final String awsName;

  TreatMissingData(String awsName) {
    this.awsName = awsName;
  }

  @Override
  public String awsName() {
    return awsName;
  }
}
