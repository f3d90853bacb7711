package dev.ecsim.catalog;

import java.util.List;

/**
 * The JSON shape of a bundled catalogue file, read by Jackson and then converted and validated by
 * {@link InstanceCatalog}; kept apart so the domain types carry no JSON concerns.
 */
record CatalogFile(
    String region,
    String pricesReadOn,
    String note,
    String source,
    String currency,
    List<Entry> instanceTypes) {

  /**
   * One row; {@code trunkedEnis} is null where docs/ecs-behaviour.md §4.1 has n/a, n/l or ‡;
   * {@code spotPriceRatio} is spot / on-demand (docs/ecs-behaviour.md §4.3, see the file's note).
   */
  record Entry(
      String name,
      int vcpu,
      double memoryGiB,
      String architecture,
      double onDemandUsdPerHour,
      int maxEnis,
      String trunking,
      Integer trunkedEnis,
      int gpus,
      boolean burstable,
      boolean confirmed,
      double spotPriceRatio) {}
}
