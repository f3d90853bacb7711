package dev.ecsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** The short table of headline figures printed after a run, read from the summary tree. */
final class HeadlineTable {
  private HeadlineTable() {}

  static String format(JsonNode s) {
    JsonNode half = s.path("ci95HalfWidth");
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s: seed %d, %s simulated, %d replication%s%n",
        s.path("scenario").asText(), s.path("seed").asLong(), hours(s.path("horizonSeconds").asDouble()),
        s.path("replications").asInt(), s.path("replications").asInt() == 1 ? "" : "s"));
    row(b, "total cost", usd(s.at("/cost/totalUsd"), half.at("/cost/totalUsd")));
    for (Iterator<Map.Entry<String, JsonNode>> it = s.path("cost").path("byCapacityProvider").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      row(b, "  " + e.getKey(), usd(e.getValue(), half.path("cost").path("byCapacityProvider").path(e.getKey())));
    }
    JsonNode c = s.path("cluster");
    JsonNode ch = half.path("cluster");
    row(b, "CPU reservation (avg)", pct(c.path("cpuReservationAvgPct"), ch.path("cpuReservationAvgPct")));
    row(b, "memory reservation (avg)", pct(c.path("memoryReservationAvgPct"), ch.path("memoryReservationAvgPct")));
    row(b, "instances launched / peak", c.path("instancesLaunched").asText() + " / " + c.path("instancesPeak").asText());
    row(b, "instance-hours", num(c.path("instanceHours"), ch.path("instanceHours"), 1, ""));
    JsonNode t = s.path("tasks");
    row(b, "tasks launched / completed", t.path("launched").asText() + " / " + t.path("completed").asText());
    for (Iterator<Map.Entry<String, JsonNode>> it = s.path("jobs").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode j = e.getValue();
      JsonNode jh = half.path("jobs").path(e.getKey());
      row(b, "job " + e.getKey(), j.path("completed").asText() + " of " + j.path("submitted").asText()
          + " done; wait mean " + num(j.path("waitSecondsMean"), jh.path("waitSecondsMean"), 1, " s")
          + ", p95 " + num(j.path("waitSecondsP95"), jh.path("waitSecondsP95"), 1, " s"));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = s.path("startLatency").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode l = e.getValue();
      JsonNode lh = half.path("startLatency").path(e.getKey());
      row(b, "start latency " + e.getKey(), "p50 " + num(l.path("p50Seconds"), lh.path("p50Seconds"), 1, " s")
          + ", p95 " + num(l.path("p95Seconds"), lh.path("p95Seconds"), 1, " s"));
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String label, String value) {
    b.append(String.format(Locale.ROOT, "  %-28s %s%n", label, value));
  }

  private static String usd(JsonNode v, JsonNode half) {
    return "$" + num(v, half, 2, "");
  }

  private static String pct(JsonNode v, JsonNode half) {
    return num(v, half, 1, " %");
  }

  private static String num(JsonNode v, JsonNode half, int decimals, String unit) {
    String f = "%,." + decimals + "f";
    String s = String.format(Locale.ROOT, f, v.asDouble());
    if (half.isNumber()) {
      s += " ± " + String.format(Locale.ROOT, f, half.asDouble());
    }
    return s + unit;
  }

  private static String hours(double seconds) {
    return seconds >= 86_400 && seconds % 86_400 == 0 ? (long) (seconds / 86_400) + "d"
        : String.format(Locale.ROOT, "%.1fh", seconds / 3600);
  }
}
