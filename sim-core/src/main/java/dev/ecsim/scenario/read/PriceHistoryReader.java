package dev.ecsim.scenario.read;

import dev.ecsim.scenario.SpotPriceHistory.Change;
import dev.ecsim.scenario.SpotPriceHistory;
import dev.ecsim.scenario.yaml.CsvTrace;
import dev.ecsim.scenario.yaml.Names;
import dev.ecsim.scenario.yaml.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a spot price history: a CSV file ({@link CsvTrace}) with a header
 * {@code time,instanceType,usdPerHour} and one price change a line; time is a duration from the
 * start ({@code 90s}, {@code 6h}) or a number of seconds, usdPerHour a price above 0. Each of the
 * provider's instance types needs a line at time 0, and no other type may appear; each type's
 * times strictly increase (types may interleave).
 */
final class PriceHistoryReader {
  static final List<String> COLUMNS = List.of("time", "instanceType", "usdPerHour");
  private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

  private PriceHistoryReader() {}

  /** The history of {@code file} (relative to the scenario's directory), or empty after reporting why not. */
  static Optional<SpotPriceHistory> read(Node fileNode, String file, List<String> instanceTypes) {
    CsvTrace trace = new CsvTrace(fileNode, file, "price history", COLUMNS);
    Optional<List<CsvTrace.Row>> rows = trace.rows();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<Change>> byType = new LinkedHashMap<>();
    Map<String, String> previousTime = new HashMap<>();
    for (CsvTrace.Row r : rows.get()) {
      if (!trace.complete(r)) {
        continue;
      }
      Optional<Long> at = trace.time(r.line(), r.get("time"), "90s, 6h");
      Optional<String> type = type(trace, r.line(), r.get("instanceType"), instanceTypes);
      Optional<Double> price = price(trace, r.line(), r.get("usdPerHour"));
      if (at.isEmpty() || type.isEmpty() || price.isEmpty()) {
        continue;
      }
      List<Change> changes = byType.computeIfAbsent(type.get(), t -> new ArrayList<>());
      if (changes.isEmpty() && at.get() != 0) {
        trace.error(r.line(), "the first price of " + type.get() + " must be at time 0, found '" + r.get("time") + "'");
        continue;
      }
      if (!changes.isEmpty() && at.get() <= changes.get(changes.size() - 1).atMillis()) {
        trace.error(r.line(), "time '" + r.get("time") + "' is not after the " + type.get() + " line before it ('"
            + previousTime.get(type.get()) + "'); list each type's prices in increasing time order");
        continue;
      }
      changes.add(new Change(at.get(), price.get()));
      previousTime.put(type.get(), r.get("time"));
    }
    if (!trace.finish()) {
      return Optional.empty();
    }
    List<String> unpriced = instanceTypes.stream().filter(t -> !byType.containsKey(t)).toList();
    if (!unpriced.isEmpty()) {
      trace.fileError("no price at time 0 for " + String.join(", ", unpriced)
          + "; each of the provider's instanceTypes (" + String.join(", ", instanceTypes) + ") needs one");
      return Optional.empty();
    }
    return Optional.of(new SpotPriceHistory(file, byType));
  }

  private static Optional<String> type(CsvTrace trace, int line, String value, List<String> instanceTypes) {
    if (!instanceTypes.isEmpty() && !instanceTypes.contains(value)) {
      trace.error(line, "instance type '" + value + "' is not one the provider launches (valid: "
          + String.join(", ", instanceTypes) + ")" + Names.didYouMean(value, instanceTypes));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static Optional<Double> price(CsvTrace trace, int line, String value) {
    double usd = NUMBER.matcher(value).matches() ? Double.parseDouble(value) : Double.NaN;
    if (!(usd > 0) || Double.isInfinite(usd)) {
      trace.error(line, "usdPerHour '" + value + "' is not a price; expected USD per hour above 0, e.g. 0.0384");
      return Optional.empty();
    }
    return Optional.of(usd);
  }
}
