package dev.ecsim.cli;

import dev.ecsim.catalog.Architecture;
import dev.ecsim.catalog.FargateCatalog;
import dev.ecsim.catalog.FargateRates;
import dev.ecsim.catalog.InstanceCatalog;
import dev.ecsim.catalog.InstanceType;
import dev.ecsim.cost.PriceBook;
import dev.ecsim.scenario.CapacityProviderSpec.PurchaseOption;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The text tables {@code ecsim catalog} prints: one aligned row per instance type or Fargate size. */
final class CatalogTables {
  private CatalogTables() {}

  static String ec2(InstanceCatalog catalog, PriceBook prices) {
    StringBuilder b = new StringBuilder();
    b.append("EC2 instance types, ").append(catalog.region()).append(", on-demand Linux prices as listed in ")
        .append(catalog.pricesReadOn()).append("; spot $/h = on-demand x default spot ratio\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"type", "vCPU", "memory GiB", "arch", "on-demand $/h", "spot ratio", "spot $/h", "max ENIs",
        "awsvpc tasks", "with trunking"});
    for (InstanceType t : catalog.all()) {
      double spot = prices.ec2UsdPerHour(t, PurchaseOption.SPOT, OptionalDouble.empty());
      rows.add(new String[] {t.name(), Integer.toString(t.vcpu()), plain(t.memoryMiB() / 1024.0),
          t.architecture().ecsName(), fixed(t.onDemandUsdPerHour(), 4), fixed(t.spotPriceRatio(), 2), fixed(spot, 5),
          Integer.toString(t.maxEnis()), Integer.toString(t.awsvpcTaskLimit(false)), trunked(t)});
    }
    align(b, rows, "lrrlrrrrrr");
    b.append("with trunking: n/a = no trunking, n/l = not in the 2023 trunking list, ? = unknown (newer type)\n");
    return b.toString();
  }

  static String fargate(FargateCatalog catalog) {
    StringBuilder b = new StringBuilder();
    b.append("Fargate, ").append(catalog.region()).append(", Linux prices as listed in ")
        .append(catalog.pricesReadOn()).append("; GB = 1,024 MiB\n");
    List<String[]> prices = new ArrayList<>();
    prices.add(new String[] {"platform", "$/vCPU-h", "$/GB-h"});
    prices.add(rates("x86_64", catalog.onDemand(Architecture.X86_64)));
    prices.add(rates("arm64", catalog.onDemand(Architecture.ARM64)));
    prices.add(rates("spot (x86_64 only)", catalog.spot()));
    align(b, prices, "lrr");
    b.append(String.format(Locale.ROOT, "ephemeral storage: %d GiB included, %d to %d GiB per task, $%s per GB-h above %d GiB%n",
        catalog.includedEphemeralStorageGiB(), catalog.minEphemeralStorageGiB(), catalog.maxEphemeralStorageGiB(),
        plain(catalog.ephemeralStorageGbHourUsd()), catalog.includedEphemeralStorageGiB()));
    b.append("\nvalid task sizes\n");
    List<String[]> sizes = new ArrayList<>();
    sizes.add(new String[] {"cpu", "vCPU", "memory"});
    for (int cpu : catalog.validCpuUnits()) {
      sizes.add(new String[] {Integer.toString(cpu), plain(cpu / 1024.0), memory(catalog.validMemoryMiB(cpu))});
    }
    align(b, sizes, "rrl");
    return b.toString();
  }

  /** "1 to 4 GB in steps of 1 GB" for an even run of whole GB, else each value: "512 MiB, 1 GB, 2 GB". */
  static String memory(List<Integer> mib) {
    boolean wholeGb = mib.stream().allMatch(m -> m % 1024 == 0);
    if (wholeGb && mib.size() >= 3) {
      int step = mib.get(1) - mib.get(0);
      boolean even = true;
      for (int i = 1; i < mib.size(); i++) {
        even &= mib.get(i) - mib.get(i - 1) == step;
      }
      if (even) {
        return mib.get(0) / 1024 + " to " + mib.get(mib.size() - 1) / 1024 + " GB in steps of " + step / 1024 + " GB";
      }
    }
    return String.join(", ", mib.stream().map(m -> m % 1024 == 0 ? m / 1024 + " GB" : m + " MiB").toList());
  }

  private static String[] rates(String platform, FargateRates r) {
    return new String[] {platform, plain(r.vcpuHourUsd()), plain(r.gbHourUsd())};
  }

  private static String trunked(InstanceType t) {
    return switch (t.trunking()) {
      case SUPPORTED -> Integer.toString(t.trunkedEnis().getAsInt());
      case NOT_SUPPORTED -> "n/a";
      case UNLISTED -> "n/l";
      case UNKNOWN -> "?";
    };
  }

  /**
   * Appends the rows as columns two spaces apart, each column left- ('l', text) or right-aligned
   * ('r', figures) as {@code alignment} says.
   */
  private static void align(StringBuilder b, List<String[]> rows, String alignment) {
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        if (c > 0) {
          line.append("  ");
        }
        String pad = " ".repeat(width[c] - row[c].length());
        line.append(alignment.charAt(c) == 'l' ? row[c] + pad : pad + row[c]);
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
  }

  /** As written in the catalog: 0.04048, 0.5, 16 (no trailing zeros, no exponent). */
  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static String fixed(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
