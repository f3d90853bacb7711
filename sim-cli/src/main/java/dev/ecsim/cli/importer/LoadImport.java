package dev.ecsim.cli.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Request traces from get-metric-data files: a file of one metric becomes a service's {@code
 * load.requestRate} when its query (from the {@code --metric-data-queries} file, if saved beside
 * it) asks for the RequestCount of one of the service's target groups, or else when its Id or Label
 * names the service (Id {@code web_requests}, Label {@code web RequestCount}). The scenario reads the file itself (a {@code .json} trace is CloudWatch
 * output), so it is copied as it is.
 */
final class LoadImport {
  /**
   * What one task serves at 100 % of its CPU cannot be read from AWS; this placeholder keeps the
   * scenario running until the user sets it (for example from the request rate per task at a
   * known CPU utilization).
   */
  static final String PLACEHOLDER_CAPACITY = "100/s";

  private final Map<String, AwsExport.Saved> byService = new LinkedHashMap<>();
  private final Map<String, CpuLoadImport.CpuTrace> cpuByService = new LinkedHashMap<>();

  /**
   * @param targetGroups each service's load balancer target groups as CloudWatch names them in a
   *     dimension ({@code targetgroup/NAME/ID}, the end of the target group's ARN)
   */
  LoadImport(AwsExport export, List<String> services, Map<String, List<String>> targetGroups,
      Map<String, Long> runningTasks, List<String> notes) {
    Map<String, String> serviceOfQuery = byTargetGroup(export, targetGroups);
    Map<String, String> cpuOfQuery = CpuLoadImport.queries(export, services);
    for (AwsExport.Saved saved : export.files(AwsShape.METRIC_DATA)) {
      List<JsonNode> results = Json.list(saved.root(), "MetricDataResults");
      if (results.size() != 1) {
        notes.add(saved.file() + ": get-metric-data with " + results.size() + " metrics; a load trace holds one; skipped");
        continue;
      }
      JsonNode result = results.get(0);
      String cpuService = cpuOfQuery.get(Json.text(result, "Id").orElse(""));
      if (cpuService != null) {
        cpuByService.putIfAbsent(cpuService, new CpuLoadImport.CpuTrace(saved, runningTasks.getOrDefault(cpuService, 1L)));
        continue;
      }
      String names = normal(Json.text(result, "Id").orElse("") + " " + Json.text(result, "Label").orElse(""));
      // The query's target group says whose requests these are; failing that, the Id or Label's name.
      Optional<String> service = Optional.ofNullable(serviceOfQuery.get(Json.text(result, "Id").orElse("")))
          .or(() -> services.stream().filter(s -> names.contains(normal(s))).max(Comparator.comparingInt(String::length)));
      service.ifPresentOrElse(s -> {
        if (byService.putIfAbsent(s, saved) != null) {
          notes.add(saved.file() + ": a second trace for service " + s + "; skipped");
        }
      }, () -> notes.add(saved.file() + ": get-metric-data naming no service in its Id or Label; skipped"));
    }
  }

  /**
   * Query Id to service, for each query of an Application Load Balancer's {@code RequestCount} whose
   * {@code TargetGroup} dimension is one of a service's target groups (CloudWatch: Application Load
   * Balancer metrics; the dimension is the end of the target group's ARN).
   */
  private static Map<String, String> byTargetGroup(AwsExport export, Map<String, List<String>> targetGroups) {
    Map<String, String> serviceOfQuery = new LinkedHashMap<>();
    for (JsonNode query : export.items(AwsShape.METRIC_DATA_QUERIES)) {
      JsonNode metric = query.path("MetricStat").path("Metric");
      if (!metric.path("Namespace").asText().equals("AWS/ApplicationELB")
          || !metric.path("MetricName").asText().equals("RequestCount")) {
        continue;
      }
      for (JsonNode dimension : metric.path("Dimensions")) {
        if (dimension.path("Name").asText().equals("TargetGroup")) {
          String group = dimension.path("Value").asText();
          targetGroups.forEach((service, groups) -> {
            if (groups.contains(group)) {
              serviceOfQuery.put(query.path("Id").asText(), service);
            }
          });
        }
      }
    }
    return serviceOfQuery;
  }

  /** Ids allow only letters, digits and _ (CloudWatch MetricDataQuery), so web-api is matched as web_api. */
  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replace('-', '_');
  }

  Optional<AwsExport.Saved> trace(String service) {
    return Optional.ofNullable(byService.get(service));
  }

  /** A service's load from its CPU, used only when it has no request trace. */
  Optional<CpuLoadImport.CpuTrace> cpuTrace(String service) {
    return byService.containsKey(service) ? Optional.empty() : Optional.ofNullable(cpuByService.get(service));
  }

  Map<String, AwsExport.Saved> traces() {
    return byService;
  }

  /**
   * The latest first timestamp over the traces: the scenario's startTime must not precede any
   * trace (the trace reader refuses a metric that starts after it).
   */
  Optional<Instant> commonStart() {
    Optional<Instant> start = Optional.empty();
    List<AwsExport.Saved> used = new java.util.ArrayList<>(byService.values());
    cpuByService.forEach((service, cpu) -> cpuTrace(service).ifPresent(t -> used.add(t.saved())));
    for (AwsExport.Saved saved : used) {
      Optional<Instant> first = CpuLoadImport.first(saved);
      if (first.isPresent() && (start.isEmpty() || first.get().isAfter(start.get()))) {
        start = first;
      }
    }
    return start;
  }


  static void write(YamlText yaml, String traceFile) {
    yaml.line(2, "load:");
    yaml.line(3, "requestRate: {trace: {file: " + YamlText.scalar(traceFile) + "}}");
    yaml.comment(3, "ASSUMED: requests per second one task serves at 100 % CPU; AWS does not record it. Set it,\n"
        + "e.g. the request rate per running task divided by its average CPUUtilization / 100.");
    yaml.line(3, "capacityPerTask: " + PLACEHOLDER_CAPACITY);
  }
}
