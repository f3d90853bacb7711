package dev.ecsim.scenario.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Suggestions for names written wrong: misspelt, or written short. */
class NamesTest {

  private static final List<String> POLICY_TYPES = List.of("TargetTrackingScaling", "StepScaling");
  private static final List<String> POLICY_FIELDS = List.of("name", "type", "predefinedMetric", "targetValue",
      "scaleOutCooldown", "scaleInCooldown", "metricAggregationType", "cooldown");

  @Test
  void aMisspeltNameFindsTheNearestByEdits() {
    assertThat(Names.didYouMean("targetValeu", POLICY_FIELDS)).isEqualTo("; did you mean 'targetValue'?");
  }

  @Test
  void aNameWrittenShortFindsTheAwsNameItIsPartOf() {
    // Application Auto Scaling's PolicyType values are TargetTrackingScaling and StepScaling.
    assertThat(Names.didYouMean("targetTracking", POLICY_TYPES)).isEqualTo("; did you mean 'TargetTrackingScaling'?");
    assertThat(Names.didYouMean("step", POLICY_TYPES)).isEqualTo("; did you mean 'StepScaling'?");
    // Two fields contain "metric": the shorter is the likelier meaning.
    assertThat(Names.didYouMean("metric", POLICY_FIELDS)).isEqualTo("; did you mean 'predefinedMetric'?");
  }

  @Test
  void aShortOrUnrelatedNameGetsNoSuggestion() {
    assertThat(Names.didYouMean("max", POLICY_FIELDS)).isEmpty();
    assertThat(Names.didYouMean("replicas", POLICY_FIELDS)).isEmpty();
  }
}
