package dev.ecsim.catalog;

import java.util.List;

/**
 * The JSON shape of a bundled Fargate catalogue, read by Jackson and then converted and validated
 * by {@link FargateCatalog}.
 */
record FargateCatalogFile(
    String region,
    String pricesReadOn,
    String note,
    String source,
    String currency,
    Prices prices,
    Storage ephemeralStorageGiB,
    List<SizeRow> taskSizes) {

  record Rates(double vcpuHourUsd, double gbHourUsd) {}

  /** On-demand Linux rates per architecture, Fargate Spot (x86_64 only), storage above the included. */
  record Prices(Rates x86_64, Rates arm64, Rates spot, double ephemeralStorageGbHourUsd) {}

  record Storage(int included, int min, int max) {}

  /**
   * One row of docs/ecs-behaviour.md §3.1: exactly one of {@code memoryMiB} (a list) and {@code
   * memoryGB} is given.
   */
  record SizeRow(int cpu, List<Integer> memoryMiB, GbRange memoryGB) {}

  record GbRange(int from, int to, int step) {}
}
