package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.scenario.yaml.ParameterPath;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SweepLabelsTest {

  private static List<String> labels(List<String> paths, List<Optional<String>> given) {
    return SweepLabels.of(paths.stream().map(p -> ParameterPath.parse(p).orElseThrow()).toList(), given);
  }

  @Test
  void aParameterWithoutALabelIsCalledByItsLastFieldWithItsIndexes() {
    assertThat(labels(List.of("cluster.capacityProviders[0].maxSize", "cluster.capacityProviders[0].instanceTypes[0]",
        "services[0].autoScaling.policies[0].targetValue"), List.of(Optional.empty(), Optional.empty(),
        Optional.empty())))
        .containsExactly("maxSize", "instanceTypes[0]", "targetValue");
  }

  @Test
  void twoThatWouldReadTheSameTakeTheFieldBeforeAsWell() {
    // maxSize twice: both lengthen once and differ. desiredSize stays short.
    assertThat(labels(List.of("cluster.capacityProviders[0].maxSize", "cluster.capacityProviders[1].maxSize",
        "cluster.capacityProviders[0].desiredSize"), List.of(Optional.empty(), Optional.empty(), Optional.empty())))
        .containsExactly("capacityProviders[0].maxSize", "capacityProviders[1].maxSize", "desiredSize");
    // services[0].x.cpu and services[1].x.cpu still agree on x.cpu: a third round takes services[i].
    assertThat(labels(List.of("services[0].x.cpu", "services[1].x.cpu"), List.of(Optional.empty(), Optional.empty())))
        .containsExactly("services[0].x.cpu", "services[1].x.cpu");
  }

  @Test
  void aGivenLabelIsKeptAndADefaultThatWouldMatchItLengthens() {
    assertThat(labels(List.of("a.maxSize", "b.maxSize"), List.of(Optional.of("maxSize"), Optional.empty())))
        .containsExactly("maxSize", "b.maxSize");
    assertThat(labels(List.of("a.maxSize", "b.maxSize"), List.of(Optional.of("size of a"), Optional.empty())))
        .containsExactly("size of a", "maxSize");
  }

  @Test
  void theSamePathTwiceStopsAtTheWholePath() {
    assertThat(labels(List.of("a.b", "a.b"), List.of(Optional.empty(), Optional.empty())))
        .containsExactly("a.b", "a.b");
  }

  @Test
  void segmentsKeepIndexesWithTheirField() {
    assertThat(SweepLabels.segments(ParameterPath.parse("a.b[0][1].c").orElseThrow())).containsExactly("a", "b[0][1]",
        "c");
    assertThat(SweepLabels.segments(ParameterPath.parse("[2].c").orElseThrow())).containsExactly("[2]", "c");
  }
}
