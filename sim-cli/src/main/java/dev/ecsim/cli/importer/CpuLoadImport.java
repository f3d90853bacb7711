package dev.ecsim.cli.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The load of a service that has no request trace, from its CPU: a get-metric-data file whose query
 * (in the saved {@code --metric-data-queries} file) asks for {@code AWS/ECS CPUUtilization} with the
 * service's {@code ServiceName} dimension. The offered load is taken in units of CPU percent: the
 * service's average CPUUtilization times its running tasks (describe-services' {@code runningCount},
 * the only count these files hold), so a task at 100 % of its CPU serves 100 of them a second and
 * {@code capacityPerTask} is 100/s, no placeholder. In the run a task's utilization is then the
 * offered load over the running tasks' capacity, which gives back the recorded CPUUtilization
 * whenever as many tasks run as when describe-services was saved.
 */
final class CpuLoadImport {
  static final String CAPACITY = "100/s";

  /** A service's CPU trace: the saved output and the running tasks it is multiplied by. */
  record CpuTrace(AwsExport.Saved saved, long runningTasks) {}

  private CpuLoadImport() {}

  /** Query Id to service, for each {@code AWS/ECS CPUUtilization} query of a service. */
  static Map<String, String> queries(AwsExport export, List<String> services) {
    Map<String, String> serviceOfQuery = new LinkedHashMap<>();
    for (JsonNode query : export.items(AwsShape.METRIC_DATA_QUERIES)) {
      JsonNode metric = query.path("MetricStat").path("Metric");
      if (!metric.path("Namespace").asText().equals("AWS/ECS")
          || !metric.path("MetricName").asText().equals("CPUUtilization")) {
        continue;
      }
      for (JsonNode dimension : metric.path("Dimensions")) {
        String value = dimension.path("Value").asText();
        if (dimension.path("Name").asText().equals("ServiceName") && services.contains(value)) {
          serviceOfQuery.put(query.path("Id").asText(), value);
        }
      }
    }
    return serviceOfQuery;
  }

  /**
   * The trace as CSV (time,rate), times in seconds from {@code start}: each average holds from its
   * timestamp on; the last point at or before {@code start} is time 0, earlier ones are dropped.
   */
  static String csv(CpuTrace trace, Instant start) {
    JsonNode result = trace.saved().root().get("MetricDataResults").get(0);
    List<JsonNode> times = Json.list(result, "Timestamps");
    List<JsonNode> values = Json.list(result, "Values");
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < Math.min(times.size(), values.size()); i++) {
      Optional<Instant> at = parse(times.get(i).asText());
      if (at.isPresent() && values.get(i).isNumber()) {
        points.add(new double[] {(at.get().toEpochMilli() - start.toEpochMilli()) / 1000.0, values.get(i).asDouble()});
      }
    }
    points.sort(Comparator.comparingDouble(p -> p[0]));
    StringBuilder csv = new StringBuilder("# CPUUtilization (%) x " + trace.runningTasks()
        + " running tasks: load in CPU percent, a task at 100 % serves 100 a second\ntime,rate\n");
    for (int i = 0; i < points.size(); i++) {
      double at = points.get(i)[0];
      boolean lastBeforeStart = at <= 0 && (i + 1 == points.size() || points.get(i + 1)[0] > 0);
      if (at > 0 || lastBeforeStart) {
        csv.append(String.format(Locale.ROOT, "%s,%s%n", trim(Math.max(0, at)),
            trim(points.get(i)[1] * trace.runningTasks())));
      }
    }
    return csv.toString();
  }

  /** The first timestamp of the trace. */
  static Optional<Instant> first(AwsExport.Saved saved) {
    return Json.list(saved.root().get("MetricDataResults").get(0), "Timestamps").stream()
        .map(t -> parse(t.asText())).flatMap(Optional::stream).min(Comparator.naturalOrder());
  }

  private static String trim(double value) {
    String s = String.format(Locale.ROOT, "%.6f", value);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  private static Optional<Instant> parse(String time) {
    try {
      return Optional.of(Instant.parse(time));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static void write(YamlText yaml, String traceFile, long runningTasks) {
    yaml.line(2, "load:");
    yaml.comment(3, "from CPUUtilization x " + runningTasks + " running tasks (describe-services' runningCount): "
        + "load in CPU\npercent, so a task at 100 % CPU serves 100 a second");
    yaml.line(3, "requestRate: {trace: {file: " + YamlText.scalar(traceFile) + "}}");
    yaml.line(3, "capacityPerTask: " + CAPACITY);
  }
}
