package dev.ecsim.scenario.read;

import dev.ecsim.scenario.CapacityProviderSpec.ProviderType;
import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.InterruptionSpec;
import dev.ecsim.scenario.ReclaimSpec;
import dev.ecsim.scenario.SpotPriceHistory;
import dev.ecsim.scenario.SpotSpec;
import dev.ecsim.scenario.yaml.CsvTrace;
import dev.ecsim.scenario.yaml.Mapping;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.Quantities;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads a capacity provider's {@code spot:} block: the price ratio or price history, at most one interruption
 * process, the reclaim correlation and the EC2-only draining and capacity rebalancing switches.
 */
final class SpotReader {
  static final List<String> SPOT_FIELDS = List.of("priceRatio", "priceHistory", "interruptionFrequency",
      "interruptionRate", "interruptionTimes", "interruptionTrace", "reclaim", "draining", "capacityRebalancing");
  /** The spot interruption processes; a provider gives at most one. */
  static final List<String> INTERRUPTION_PROCESSES = List.of(
      "interruptionFrequency", "interruptionRate", "interruptionTimes", "interruptionTrace");
  private static final List<String> EC2_SPOT_ONLY_FIELDS = List.of("reclaim", "draining", "capacityRebalancing");
  private static final List<String> EC2_SPOT_ONLY_WHY = List.of(
      "a reclaim takes instances of one type in one zone, and FARGATE_SPOT has no instances",
      "it is the ECS agent's ECS_ENABLE_SPOT_INSTANCE_DRAINING; a Fargate Spot task gets SIGTERM at the notice",
      "it is an Auto Scaling group setting, and FARGATE_SPOT has no group");
  static final List<String> RECLAIM_FIELDS = List.of("share");

  private SpotReader() {}

  /**
   * {@code spot:} settings; only for spot capacity. A spot provider that gives none gets the
   * defaults: EC2 the {@code <5%} band (ecsim choice), Fargate Spot 5 % a month (ecsim decision 5).
   */
  static SpotSpec read(Node node, ProviderType type, boolean spotCapacity, List<String> instanceTypes) {
    boolean fargate = type != ProviderType.EC2;
    InterruptionSpec defaultProcess = fargate
        ? SpotSpec.fargateSpotDefault().interruption() : SpotSpec.DEFAULT_EC2_BAND;
    if (!node.present()) {
      return !spotCapacity ? SpotSpec.NONE
          : fargate ? SpotSpec.fargateSpotDefault() : SpotSpec.ec2Default(OptionalDouble.empty());
    }
    if (!spotCapacity) {
      node.error("'spot' settings apply to purchaseOption: spot or type: fargate-spot only");
      return SpotSpec.NONE;
    }
    Mapping m = node.mapping(SPOT_FIELDS);
    if (fargate) {
      if (m.has("priceRatio")) {
        m.field("priceRatio").error("Fargate Spot is priced from the Fargate catalog's spot rates; "
            + "override them under pricing.fargate.spot instead");
      }
      if (m.has("priceHistory")) {
        m.field("priceHistory").error("Fargate Spot is priced from the Fargate catalog's spot rates; "
            + "a price history applies to ec2 spot providers only");
      }
      for (String field : EC2_SPOT_ONLY_FIELDS) {
        if (m.has(field)) {
          node.context().errorAtKey(m.field(field).path(), "'" + field + "' applies to ec2 spot providers only: "
              + EC2_SPOT_ONLY_WHY.get(EC2_SPOT_ONLY_FIELDS.indexOf(field)));
        }
      }
    }
    OptionalDouble ratio = fargate ? OptionalDouble.empty() : m.field("priceRatio").number(NumericFields.PRICE_RATIO)
        .map(OptionalDouble::of).orElse(OptionalDouble.empty());
    Optional<SpotPriceHistory> history = fargate ? Optional.empty() : priceHistory(m, instanceTypes);
    List<String> given = INTERRUPTION_PROCESSES.stream().filter(m::has).toList();
    if (given.size() > 1) {
      node.context().errorAtKey(m.field(given.get(1)).path(), "give at most one interruption process, found "
          + String.join(" and ", given) + "; valid: " + String.join(", ", INTERRUPTION_PROCESSES));
    }
    InterruptionSpec process = given.size() == 1
        ? interruption(m.field(given.get(0)), given.get(0)).orElse(defaultProcess) : defaultProcess;
    Optional<ReclaimSpec> reclaim = fargate ? Optional.empty() : reclaim(m, given);
    boolean draining = !fargate && m.field("draining").bool().orElse(false);
    boolean rebalancing = !fargate && m.field("capacityRebalancing").bool().orElse(false);
    return new SpotSpec(ratio, history, process, reclaim.filter(r -> process instanceof InterruptionSpec.Poisson),
        draining, rebalancing);
  }

  /**
   * {@code priceHistory: FILE}, exclusive with {@code priceRatio}: both given is an error at the
   * {@code priceHistory} key naming both (the history gives the prices the ratio would).
   */
  private static Optional<SpotPriceHistory> priceHistory(Mapping spot, List<String> instanceTypes) {
    Node node = spot.field("priceHistory");
    if (!node.present()) {
      return Optional.empty();
    }
    if (spot.has("priceRatio")) {
      node.context().errorAtKey(node.path(), "give priceRatio or priceHistory, not both: the history's prices "
          + "are the spot prices, so there is nothing for a ratio to apply to");
      return Optional.empty();
    }
    return node.text().flatMap(file -> CsvTrace.once(node, file, List.of("prices", instanceTypes),
        () -> PriceHistoryReader.read(node, file, instanceTypes)));
  }

  /** One interruption process, or empty after reporting its problem. */
  private static Optional<InterruptionSpec> interruption(Node node, String field) {
    return switch (field) {
      case "interruptionFrequency" -> node.text().flatMap(t -> {
        Optional<InterruptionSpec.Band> band = InterruptionSpec.Band.parse(t);
        if (band.isEmpty()) {
          node.error("'" + t + "' is not a band; valid: " + String.join(", ",
              InterruptionSpec.Band.spellings().stream().map(b -> "\"" + b + "\"").toList())
              + " (Spot Instance Advisor, per month; for another rate give interruptionRate, e.g. 2/d)");
        }
        return band.<InterruptionSpec>map(b -> b);
      });
      case "interruptionRate" -> node.parse(Quantities::perSecond)
          .map(perSecond -> new InterruptionSpec.Rate(perSecond * 3_600));
      case "interruptionTimes" -> times(node);
      case "interruptionTrace" -> node.text().flatMap(file -> CsvTrace.once(node, file, List.of("interruptions"),
          () -> InterruptionTraceReader.read(node, file))
          .map(events -> new InterruptionSpec.Trace(file, events)));
      default -> throw new IllegalStateException(field);
    };
  }

  /** Durations from the start in non-decreasing order; a time listed twice interrupts two at once. */
  private static Optional<InterruptionSpec> times(Node node) {
    if (node.present() && !node.isList()) {
      node.error("expected a list of durations from the start, e.g. [2h, 2h30m], found " + node.describe());
      return Optional.empty();
    }
    List<Long> times = new ArrayList<>();
    boolean ok = true;
    String previous = "";
    for (Node e : node.elements()) {
      Optional<Long> at = e.parse(Quantities::durationMillis);
      if (at.isEmpty()) {
        ok = false;
        continue;
      }
      String text = e.text().orElse("");
      if (!times.isEmpty() && at.get() < times.get(times.size() - 1)) {
        e.error("time " + text + " is before the time before it (" + previous + "); list times in order");
        ok = false;
        continue;
      }
      times.add(at.get());
      previous = text;
    }
    return ok ? Optional.of(new InterruptionSpec.Times(times)) : Optional.empty();
  }

  /** {@code reclaim: {share: 0.5}}: with a band or a rate only (times and traces say what goes at once). */
  private static Optional<ReclaimSpec> reclaim(Mapping spot, List<String> processes) {
    Node node = spot.field("reclaim");
    if (!node.present()) {
      return Optional.empty();
    }
    Mapping m = node.mapping(RECLAIM_FIELDS);
    Optional<Double> share = m.required("share").flatMap(n -> n.number(NumericFields.RECLAIM_SHARE));
    if (processes.contains("interruptionTimes") || processes.contains("interruptionTrace")) {
      String which = processes.contains("interruptionTimes") ? "interruptionTimes" : "interruptionTrace";
      node.context().errorAtKey(node.path(), "'reclaim' goes with interruptionFrequency or interruptionRate, not "
          + which + (which.equals("interruptionTimes")
              ? ", which interrupts the oldest instances (list a time twice to take two at once)"
              : ", whose count says how many instances go at once"));
      return Optional.empty();
    }
    return share.map(ReclaimSpec::new);
  }

}
