package dev.ecsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Instance ids formatted by hand read exactly as {@code String.format} printed them. */
class InstanceIdProperties {

  @Property
  void idsAreWhatFormatPrints(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long ordinal) {
    assertThat("ci-" + ContainerInstance.zeroPadded(Long.toString(ordinal), 6))
        .isEqualTo(String.format("ci-%06d", ordinal));
    assertThat("i-" + ContainerInstance.zeroPadded(Long.toHexString(ordinal), 17))
        .isEqualTo(String.format("i-%017x", ordinal));
  }
}
