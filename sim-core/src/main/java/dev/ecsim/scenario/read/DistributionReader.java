package dev.ecsim.scenario.read;

import dev.ecsim.scenario.yaml.Mapping;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.workload.Distribution;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the one distribution shape shared by every random quantity; a bare value is shorthand for
 * {@code {fixed: value}}. The unit parser turns each number into the quantity's base unit.
 */
final class DistributionReader {
  static final List<String> KINDS = List.of("fixed", "uniform", "exponential", "lognormal", "normal");
  static final List<String> FIELDS = List.of("fixed", "uniform", "exponential", "lognormal", "normal", "trace");
  static final List<String> EXPONENTIAL_FIELDS = List.of("mean");
  static final List<String> LOGNORMAL_FIELDS = List.of("median", "p95");
  static final List<String> NORMAL_FIELDS = List.of("mean", "sd");

  private DistributionReader() {}

  static Optional<Distribution> read(Node node, Function<String, ? extends Number> unit) {
    if (!node.present()) {
      return Optional.empty();
    }
    if (node.isScalar()) {
      return node.parse(unit).map(v -> new Distribution.Fixed(v.doubleValue()));
    }
    Mapping m = node.mapping(FIELDS);
    m.notSupportedYet("trace", "a later issue (durations replayed from a file)");
    Set<String> keys = node.keys();
    keys.retainAll(KINDS);
    if (keys.size() != 1) {
      node.error("a distribution names exactly one kind, found " + (keys.isEmpty() ? "none" : keys)
          + "; valid: {fixed: V}, {uniform: [LOW, HIGH]}, {exponential: {mean: V}}, "
          + "{lognormal: {median: V, p95: V}}, {normal: {mean: V, sd: V}}");
      return Optional.empty();
    }
    String kind = keys.iterator().next();
    Node body = m.field(kind);
    return switch (kind) {
      case "fixed" -> body.parse(unit).map(v -> new Distribution.Fixed(v.doubleValue()));
      case "uniform" -> uniform(body, unit);
      case "exponential" -> exponential(body, unit);
      case "lognormal" -> lognormal(body, unit);
      case "normal" -> normal(body, unit);
      default -> Optional.empty();
    };
  }

  private static Optional<Distribution> uniform(Node body, Function<String, ? extends Number> unit) {
    List<Node> bounds = body.elements();
    if (body.isList() && bounds.size() != 2) {
      body.error("uniform takes two bounds [LOW, HIGH], found " + bounds.size() + " values");
      return Optional.empty();
    }
    if (bounds.size() != 2) {
      return Optional.empty();
    }
    Optional<Double> lo = bounds.get(0).parse(unit).map(Number::doubleValue);
    Optional<Double> hi = bounds.get(1).parse(unit).map(Number::doubleValue);
    if (lo.isEmpty() || hi.isEmpty()) {
      return Optional.empty();
    }
    if (lo.get() > hi.get()) {
      body.error("uniform bounds are reversed: the low bound must not exceed the high bound");
      return Optional.empty();
    }
    return Optional.of(new Distribution.Uniform(lo.get(), hi.get()));
  }

  private static Optional<Distribution> exponential(Node body, Function<String, ? extends Number> unit) {
    Mapping m = body.mapping(EXPONENTIAL_FIELDS);
    return m.requiredParse("mean", unit).map(Number::doubleValue).flatMap(mean -> {
      if (mean <= 0) {
        m.field("mean").error("the mean of an exponential distribution must be above zero");
        return Optional.empty();
      }
      return Optional.of(new Distribution.Exponential(mean));
    });
  }

  private static Optional<Distribution> lognormal(Node body, Function<String, ? extends Number> unit) {
    Mapping m = body.mapping(LOGNORMAL_FIELDS);
    Optional<Double> median = m.requiredParse("median", unit).map(Number::doubleValue);
    Optional<Double> p95 = m.requiredParse("p95", unit).map(Number::doubleValue);
    if (median.isEmpty() || p95.isEmpty()) {
      return Optional.empty();
    }
    if (median.get() <= 0 || p95.get() <= median.get()) {
      body.error("a lognormal needs 0 < median < p95, found median " + median.get() + " and p95 " + p95.get());
      return Optional.empty();
    }
    return Optional.of(new Distribution.LogNormal(median.get(), p95.get()));
  }

  private static Optional<Distribution> normal(Node body, Function<String, ? extends Number> unit) {
    Mapping m = body.mapping(NORMAL_FIELDS);
    Optional<Double> mean = m.requiredParse("mean", unit).map(Number::doubleValue);
    Optional<Double> sd = m.requiredParse("sd", unit).map(Number::doubleValue);
    if (mean.isEmpty() || sd.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Distribution.Normal(mean.get(), sd.get()));
  }
}
