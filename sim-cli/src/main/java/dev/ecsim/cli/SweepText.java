package dev.ecsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsim.reports.sweep.Sweep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The grid as a short table for the terminal: the parameter values, the total cost, and the first
 * service's mean running tasks or else the first job's mean wait, with 95 % half-widths when
 * replicated.
 */
final class SweepText {
  private SweepText() {}

  static String format(Sweep sweep) {
    List<String> header = new ArrayList<>();
    sweep.parameters().forEach(p -> header.add(p.path()));
    header.add("total cost");
    Optional<String> figure = secondFigure(sweep);
    figure.ifPresent(f -> header.add(label(f)));
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    for (Sweep.Point point : sweep.points()) {
      List<String> row = new ArrayList<>();
      for (int p = 0; p < sweep.parameters().size(); p++) {
        row.add(sweep.value(point, p));
      }
      row.add("$" + number(point.summary(), "/cost/totalUsd", 4));
      figure.ifPresent(f -> row.add(number(point.summary(), f, 1)));
      rows.add(row);
    }
    int[] widths = new int[header.size()];
    rows.forEach(r -> {
      for (int c = 0; c < r.size(); c++) {
        widths[c] = Math.max(widths[c], r.get(c).length());
      }
    });
    StringBuilder b = new StringBuilder();
    for (List<String> r : rows) {
      StringBuilder line = new StringBuilder(" ");
      for (int c = 0; c < r.size(); c++) {
        line.append(' ').append(String.format(Locale.ROOT, "%-" + widths[c] + "s", r.get(c))).append(' ');
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
    return b.toString();
  }

  /** A JSON pointer to the first service's runningAvg, else the first job's waitSecondsMean. */
  private static Optional<String> secondFigure(Sweep sweep) {
    if (sweep.points().isEmpty()) {
      return Optional.empty();
    }
    JsonNode s = sweep.points().get(0).summary();
    var services = s.path("services").fieldNames();
    if (services.hasNext()) {
      return Optional.of("/services/" + escape(services.next()) + "/runningAvg");
    }
    var jobs = s.path("jobs").fieldNames();
    return jobs.hasNext() ? Optional.of("/jobs/" + escape(jobs.next()) + "/waitSecondsMean") : Optional.empty();
  }

  /** "web running (avg)" or "batch wait mean (s)" for the figure's pointer. */
  private static String label(String pointer) {
    String[] parts = pointer.split("/");
    String name = parts[2].replace("~1", "/").replace("~0", "~");
    return name + (parts[3].equals("runningAvg") ? " running (avg)" : " wait mean (s)");
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String number(JsonNode summary, String pointer, int decimals) {
    JsonNode v = summary.at(pointer);
    if (!v.isNumber()) {
      return "-";
    }
    String f = "%,." + decimals + "f";
    String s = String.format(Locale.ROOT, f, v.asDouble());
    JsonNode half = summary.path("ci95HalfWidth").at(pointer);
    return half.isNumber() ? s + " ± " + String.format(Locale.ROOT, f, half.asDouble()) : s;
  }
}
