package dev.ecsim.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The EC2 instance types ecsim knows for one region, from a catalogue bundled as a classpath
 * resource (docs/ecs-behaviour.md §4.1). Immutable; entries keep the file's order.
 */
public final class InstanceCatalog {

  // The one place that lists bundled regions; each has ec2-<region>.json and
  // fargate-<region>.json beside this class (FargateCatalog reads this list too).
  private static final List<String> BUNDLED_REGIONS = List.of("us-east-1");

  private final String region;
  private final String pricesReadOn;
  private final String source;
  private final Map<String, InstanceType> byName;

  private InstanceCatalog(
      String region, String pricesReadOn, String source, Map<String, InstanceType> byName) {
    this.region = region;
    this.pricesReadOn = pricesReadOn;
    this.source = source;
    this.byName = byName;
  }

  public static List<String> bundledRegions() {
    return BUNDLED_REGIONS;
  }

  /** Loads the bundled catalogue of a region; reads the resource on every call, callers cache. */
  public static InstanceCatalog bundled(String region) {
    return CatalogJson.bundled(region, BUNDLED_REGIONS, "EC2 instance catalogue", "ec2", InstanceCatalog::read,
        InstanceCatalog::region);
  }

  /**
   * Parses and validates a catalogue file. Every bad entry is reported at once, each with its path
   * (e.g. {@code instanceTypes[3]: trunkedEnis 10 given but trunking is unlisted}), so a hand
   * edit is fixed in one round.
   */
  static InstanceCatalog read(InputStream in, String origin) throws IOException {
    CatalogFile file = CatalogJson.read(in, origin, CatalogFile.class);
    List<String> issues = new ArrayList<>();
    CatalogJson.requireText(file.region(), "region", issues);
    CatalogJson.requireText(file.pricesReadOn(), "pricesReadOn", issues);
    CatalogJson.requireText(file.source(), "source", issues);
    CatalogJson.requireCurrency(file.currency(), issues);
    Map<String, InstanceType> byName = new LinkedHashMap<>();
    List<CatalogFile.Entry> entries =
        file.instanceTypes() == null ? List.of() : file.instanceTypes();
    if (entries.isEmpty()) {
      issues.add("instanceTypes: must list at least one instance type");
    }
    for (int i = 0; i < entries.size(); i++) {
      String path = "instanceTypes[" + i + "]";
      if (entries.get(i) == null) {
        issues.add(path + ": must be an object, not null");
        continue;
      }
      try {
        InstanceType type = toInstanceType(entries.get(i));
        if (byName.putIfAbsent(type.name(), type) != null) {
          issues.add(path + ".name: duplicate '" + type.name() + "'");
        }
      } catch (IllegalArgumentException e) {
        issues.add(path + ": " + e.getMessage());
      }
    }
    if (!issues.isEmpty()) {
      throw new IllegalStateException(origin + " is invalid:\n  " + String.join("\n  ", issues));
    }
    return new InstanceCatalog(
        file.region(), file.pricesReadOn(), file.source(), Collections.unmodifiableMap(byName));
  }

  public Optional<InstanceType> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * Names to suggest for an unknown type, best first: types of the same family (the part before
   * the dot), then others within Levenshtein distance max(2, length / 3); each group by distance,
   * ties alphabetically. Case is ignored, since EC2 names are lower case.
   */
  public List<String> closeMatches(String name, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max " + max + " must not be negative");
    }
    String query = name.toLowerCase(Locale.ROOT);
    int dot = query.indexOf('.');
    String family = dot < 0 ? query : query.substring(0, dot);
    int threshold = Math.max(2, query.length() / 3);
    LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();
    record Candidate(String name, boolean sameFamily, int distance) {}
    return byName.values().stream()
        .map(t -> new Candidate(
            t.name(), t.family().equals(family), levenshtein.apply(query, t.name())))
        .filter(c -> c.sameFamily() || c.distance() <= threshold)
        .sorted(Comparator.comparing((Candidate c) -> !c.sameFamily())
            .thenComparingInt(Candidate::distance)
            .thenComparing(Candidate::name))
        .limit(max)
        .map(Candidate::name)
        .toList();
  }

  public List<InstanceType> all() {
    return List.copyOf(byName.values());
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

  private static InstanceType toInstanceType(CatalogFile.Entry e) {
    double mib = e.memoryGiB() * 1024;
    if (mib != Math.rint(mib)) {
      throw new IllegalArgumentException(
          "memoryGiB " + e.memoryGiB() + " is not a whole number of MiB");
    }
    return new InstanceType(
        required(e.name(), "name"),
        e.vcpu(),
        (int) mib,
        Architecture.parse(required(e.architecture(), "architecture")),
        e.onDemandUsdPerHour(),
        e.maxEnis(),
        Trunking.parse(required(e.trunking(), "trunking")),
        e.trunkedEnis() == null ? OptionalInt.empty() : OptionalInt.of(e.trunkedEnis()),
        e.gpus(),
        e.burstable(),
        e.confirmed(),
        e.spotPriceRatio());
  }

  private static String required(String value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must be given");
    }
    return value;
  }
}
