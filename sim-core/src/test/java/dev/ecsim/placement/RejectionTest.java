package dev.ecsim.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.cluster.Shortfall;
import org.junit.jupiter.api.Test;

/** The codes and phrases ECS's service events use, spelled out here as ECS spells them. */
class RejectionTest {

  @Test
  void resourceRejectionsCarryEcsCodesAndPhrases() {
    assertThat(Rejection.CPU.code()).isEqualTo("RESOURCE:CPU");
    assertThat(Rejection.CPU.phrase()).isEqualTo("has insufficient CPU units available");
    assertThat(Rejection.MEMORY.code()).isEqualTo("RESOURCE:MEMORY");
    assertThat(Rejection.MEMORY.phrase()).isEqualTo("has insufficient memory available");
    assertThat(Rejection.PORTS.code()).isEqualTo("RESOURCE:PORTS");
    assertThat(Rejection.PORTS.phrase()).isEqualTo("is already using a port required by your task");
    assertThat(Rejection.ENI.code()).isEqualTo("RESOURCE:ENI");
    assertThat(Rejection.ENI.phrase()).isEqualTo("has no free ENI for an awsvpc task");
  }

  @Test
  void aConstraintRejectionQuotesTheConstraintError() {
    assertThat(Rejection.DISTINCT_INSTANCE.code()).isEqualTo("DistinctInstance placement constraint unsatisfied.");
    assertThat(Rejection.DISTINCT_INSTANCE.phrase())
        .isEqualTo("encountered error \"DistinctInstance placement constraint unsatisfied.\"");
    assertThat(Rejection.MEMBER_OF.phrase())
        .isEqualTo("encountered error \"MemberOf placement constraint unsatisfied.\"");
    assertThat(Rejection.MEMBER_OF.isResource()).isFalse();
  }

  @Test
  void stagesFollowTheOrderEcsChecksIn() {
    assertThat(Rejection.CPU.stage()).isLessThan(Rejection.MEMORY.stage());
    assertThat(Rejection.MEMORY.stage()).isLessThan(Rejection.PORTS.stage());
    assertThat(Rejection.PORTS.stage()).isLessThan(Rejection.ENI.stage());
    assertThat(Rejection.ENI.stage()).isLessThan(Rejection.DISTINCT_INSTANCE.stage());
    assertThat(Rejection.DISTINCT_INSTANCE.stage()).isEqualTo(Rejection.MEMBER_OF.stage())
        .isLessThan(Rejection.ACCEPTED_STAGE);
  }

  @Test
  void eachShortfallMapsToItsRejection() {
    assertThat(Rejection.of(Shortfall.CPU)).containsSame(Rejection.CPU);
    assertThat(Rejection.of(Shortfall.ENI)).containsSame(Rejection.ENI);
    assertThat(Rejection.of(Shortfall.NONE)).isEmpty();
    // Shared, so a verdict per candidate builds no Optional.
    assertThat(Rejection.of(Shortfall.MEMORY)).isSameAs(Rejection.of(Shortfall.MEMORY));
  }
}
