package dev.ecsim.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fargate's Linux prices and valid task sizes for one region, from a catalogue bundled as a
 * classpath resource (docs/ecs-behaviour.md §3.1, §3.2). Immutable. ECS never rounds a task size to
 * a valid one (§3.1), so {@link #isValidSize} is an exact lookup.
 */
public final class FargateCatalog {

  private final String region;
  private final String pricesReadOn;
  private final String source;
  private final FargateRates x86;
  private final FargateRates arm;
  private final FargateRates spot;
  private final double ephemeralStorageGbHourUsd;
  private final int includedStorageGiB;
  private final int minStorageGiB;
  private final int maxStorageGiB;
  /** cpu units, ascending, to the valid memory MiB for it, ascending. */
  private final Map<Integer, List<Integer>> sizes;

  private FargateCatalog(FargateCatalogFile file, Map<Integer, List<Integer>> sizes) {
    this.region = file.region();
    this.pricesReadOn = file.pricesReadOn();
    this.source = file.source();
    FargateCatalogFile.Prices p = file.prices();
    this.x86 = new FargateRates(p.x86_64().vcpuHourUsd(), p.x86_64().gbHourUsd());
    this.arm = new FargateRates(p.arm64().vcpuHourUsd(), p.arm64().gbHourUsd());
    this.spot = new FargateRates(p.spot().vcpuHourUsd(), p.spot().gbHourUsd());
    this.ephemeralStorageGbHourUsd = p.ephemeralStorageGbHourUsd();
    this.includedStorageGiB = file.ephemeralStorageGiB().included();
    this.minStorageGiB = file.ephemeralStorageGiB().min();
    this.maxStorageGiB = file.ephemeralStorageGiB().max();
    this.sizes = sizes;
  }

  /** The same regions as the EC2 catalogue: a region is bundled with both files or not at all. */
  public static List<String> bundledRegions() {
    return InstanceCatalog.bundledRegions();
  }

  /** Loads the bundled catalogue of a region; reads the resource on every call, callers cache. */
  public static FargateCatalog bundled(String region) {
    return CatalogJson.bundled(region, bundledRegions(), "Fargate catalogue", "fargate", FargateCatalog::read,
        FargateCatalog::region);
  }

  /** Parses and validates a catalogue file, reporting every issue with its path at once. */
  static FargateCatalog read(InputStream in, String origin) throws IOException {
    FargateCatalogFile file = CatalogJson.read(in, origin, FargateCatalogFile.class);
    List<String> issues = new ArrayList<>();
    CatalogJson.requireText(file.region(), "region", issues);
    CatalogJson.requireText(file.pricesReadOn(), "pricesReadOn", issues);
    CatalogJson.requireText(file.source(), "source", issues);
    CatalogJson.requireCurrency(file.currency(), issues);
    prices(file.prices(), issues);
    storage(file.ephemeralStorageGiB(), issues);
    Map<Integer, List<Integer>> sizes = sizes(file.taskSizes(), issues);
    if (!issues.isEmpty()) {
      throw new IllegalStateException(origin + " is invalid:\n  " + String.join("\n  ", issues));
    }
    return new FargateCatalog(file, sizes);
  }

  public String region() {
    return region;
  }

  /** As the source gives it; "2026" for us-east-1, where no day was recorded. */
  public String pricesReadOn() {
    return pricesReadOn;
  }

  public String source() {
    return source;
  }

  /** On-demand Linux rates for the architecture. */
  public FargateRates onDemand(Architecture architecture) {
    return architecture == Architecture.ARM64 ? arm : x86;
  }

  /** Fargate Spot rates; Fargate Spot runs Linux x86_64 tasks only (docs/ecs-behaviour.md §3.4). */
  public FargateRates spot() {
    return spot;
  }

  /** Charged per GB above {@link #includedEphemeralStorageGiB()} (docs/ecs-behaviour.md §3.2). */
  public double ephemeralStorageGbHourUsd() {
    return ephemeralStorageGbHourUsd;
  }

  /**
   * Every task gets this much ephemeral storage at no charge: 20 GiB (docs/ecs-behaviour.md §3.1).
   */
  public int includedEphemeralStorageGiB() {
    return includedStorageGiB;
  }

  public int minEphemeralStorageGiB() {
    return minStorageGiB;
  }

  public int maxEphemeralStorageGiB() {
    return maxStorageGiB;
  }

  /** The valid task {@code cpu} values, ascending. */
  public List<Integer> validCpuUnits() {
    return List.copyOf(sizes.keySet());
  }

  /** The valid task memory values (MiB) for a cpu value, ascending; empty for an invalid cpu. */
  public List<Integer> validMemoryMiB(int cpuUnits) {
    return sizes.getOrDefault(cpuUnits, List.of());
  }

  public boolean isValidSize(int cpuUnits, int memoryMiB) {
    return validMemoryMiB(cpuUnits).contains(memoryMiB);
  }

  public boolean isValidEphemeralStorage(int gib) {
    return gib >= minStorageGiB && gib <= maxStorageGiB;
  }

  private static void prices(FargateCatalogFile.Prices p, List<String> issues) {
    if (p == null) {
      issues.add("prices: must be given");
      return;
    }
    rates(p.x86_64(), "prices.x86_64", issues);
    rates(p.arm64(), "prices.arm64", issues);
    rates(p.spot(), "prices.spot", issues);
    price(p.ephemeralStorageGbHourUsd(), "prices.ephemeralStorageGbHourUsd", issues);
  }

  private static void rates(FargateCatalogFile.Rates r, String path, List<String> issues) {
    if (r == null) {
      issues.add(path + ": must be given");
      return;
    }
    price(r.vcpuHourUsd(), path + ".vcpuHourUsd", issues);
    price(r.gbHourUsd(), path + ".gbHourUsd", issues);
  }

  private static void price(double usd, String path, List<String> issues) {
    try {
      FargateRates.requirePrice(path, usd);
    } catch (IllegalArgumentException e) {
      issues.add(e.getMessage());
    }
  }

  private static void storage(FargateCatalogFile.Storage s, List<String> issues) {
    if (s == null) {
      issues.add("ephemeralStorageGiB: must be given");
    } else if (!(0 < s.min() && s.min() <= s.included() && s.included() <= s.max())) {
      issues.add("ephemeralStorageGiB: needs 0 < min <= included <= max, found min " + s.min()
          + ", included " + s.included() + ", max " + s.max());
    }
  }

  private static Map<Integer, List<Integer>> sizes(
      List<FargateCatalogFile.SizeRow> rows, List<String> issues) {
    Map<Integer, List<Integer>> sizes = new LinkedHashMap<>();
    if (rows == null || rows.isEmpty()) {
      issues.add("taskSizes: must list at least one size");
      return sizes;
    }
    int previousCpu = 0;
    for (int i = 0; i < rows.size(); i++) {
      String path = "taskSizes[" + i + "]";
      FargateCatalogFile.SizeRow row = rows.get(i);
      if (row == null) {
        issues.add(path + ": must be an object, not null");
        continue;
      }
      if (row.cpu() <= previousCpu) {
        issues.add(path + ".cpu: " + row.cpu() + " must be above the previous row's " + previousCpu);
        continue;
      }
      previousCpu = row.cpu();
      List<Integer> memory = memory(row, path, issues);
      if (!memory.isEmpty()) {
        sizes.put(row.cpu(), memory);
      }
    }
    return Collections.unmodifiableMap(sizes);
  }

  /** A row's memory values in MiB, ascending; reports and returns empty when malformed. */
  private static List<Integer> memory(FargateCatalogFile.SizeRow row, String path, List<String> issues) {
    if ((row.memoryMiB() == null) == (row.memoryGB() == null)) {
      issues.add(path + ": give exactly one of memoryMiB (a list) and memoryGB (from, to, step)");
      return List.of();
    }
    List<Integer> out = new ArrayList<>();
    if (row.memoryMiB() != null) {
      out.addAll(row.memoryMiB());
    } else {
      FargateCatalogFile.GbRange r = row.memoryGB();
      if (r.step() <= 0 || r.from() <= 0 || r.to() < r.from() || (r.to() - r.from()) % r.step() != 0) {
        issues.add(path + ".memoryGB: needs 0 < from <= to and to - from a multiple of step > 0, found from "
            + r.from() + ", to " + r.to() + ", step " + r.step());
        return List.of();
      }
      // Fargate GB = 1,024 MiB (docs/ecs-behaviour.md §3.1 conventions).
      for (int gb = r.from(); gb <= r.to(); gb += r.step()) {
        out.add(gb * 1024);
      }
    }
    for (int k = 0; k < out.size(); k++) {
      Integer mib = out.get(k);
      if (mib == null || mib <= 0 || (k > 0 && mib <= out.get(k - 1))) {
        issues.add(path + ".memoryMiB: values must be positive and ascending, found " + out);
        return List.of();
      }
    }
    return List.copyOf(out);
  }
}
