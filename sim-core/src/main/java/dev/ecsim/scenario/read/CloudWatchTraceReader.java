package dev.ecsim.scenario.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecsim.scenario.yaml.CsvTrace;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.SourceFiles;
import dev.ecsim.workload.LoadProfile.Point;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A load trace as CloudWatch prints it: the output of {@code aws cloudwatch get-metric-data}
 * ({@code {"MetricDataResults": [{"Id", "Timestamps", "Values", ...}]}}) for one metric, such as an
 * Application Load Balancer's {@code RequestCount} with the statistic {@code Sum} (CloudWatch API:
 * GetMetricData). Each value is what the period it starts counted: divided by the period (the
 * smallest gap between two timestamps, as GetMetricData does not print it), it is a rate per
 * second from that timestamp on. Timestamps are read against the scenario's {@code startTime}:
 * the last point at or before it is time 0 and earlier ones are dropped, so a day saved from the
 * console replays from the scenario's start.
 */
final class CloudWatchTraceReader {
  /** The same bound as a CSV trace: a minute-by-minute year prints about 20 MiB of JSON. */
  static final long MAX_BYTES = 64L * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private CloudWatchTraceReader() {}

  static Optional<List<Point>> read(Node fileNode, String file, Instant startTime) {
    Path path = CsvTrace.path(fileNode, file);
    JsonNode root;
    try {
      root = JSON.readTree(new String(fileNode.context().files.read(path, MAX_BYTES), StandardCharsets.UTF_8));
    } catch (SourceFiles.NotRegularFile e) {
      fileNode.error("trace file '" + file + "' is not a regular file (" + path + "); name a JSON file");
      return Optional.empty();
    } catch (SourceFiles.TooLarge e) {
      fileNode.error("trace file '" + file + "' holds more than 64 MiB; a trace file may be at most 64 MiB");
      return Optional.empty();
    } catch (NoSuchFileException e) {
      fileNode.error("no trace file '" + file + "' (looked for " + path + "; a path is relative to the scenario file)");
      return Optional.empty();
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
      fileNode.error(file + where + ": not valid JSON: " + e.getOriginalMessage());
      return Optional.empty();
    } catch (IOException e) {
      fileNode.error("cannot read trace file '" + file + "': " + e.getMessage());
      return Optional.empty();
    }
    JsonNode results = root == null ? null : root.get("MetricDataResults");
    if (results == null || !results.isArray()) {
      fileNode.error(file + ": not the output of aws cloudwatch get-metric-data: no \"MetricDataResults\" list");
      return Optional.empty();
    }
    if (results.size() != 1) {
      fileNode.error(file + ": \"MetricDataResults\" holds " + results.size() + " metrics; save one metric a file "
          + "(one --metric-data-queries entry with ReturnData true)");
      return Optional.empty();
    }
    Optional<List<Point>> points = points(fileNode, file, results.get(0), startTime);
    if (points.isPresent()) {
      Optional<Long> total = fileNode.context().traces.count(path, points.get().size());
      if (total.isPresent()) {
        fileNode.error(String.format(java.util.Locale.ROOT, "the trace files of a scenario may hold at most %,d rows "
            + "in all, and with '%s' they hold %,d", fileNode.context().traces.maxRows(), file, total.get()));
        return Optional.empty();
      }
    }
    return points;
  }

  private static Optional<List<Point>> points(Node fileNode, String file, JsonNode result, Instant startTime) {
    JsonNode timestamps = result.get("Timestamps");
    JsonNode values = result.get("Values");
    if (timestamps == null || values == null || !timestamps.isArray() || !values.isArray()
        || timestamps.size() != values.size() || timestamps.isEmpty()) {
      fileNode.error(file + ": a metric needs \"Timestamps\" and \"Values\" lists of the same, non-zero length");
      return Optional.empty();
    }
    List<Instant> times = new ArrayList<>();
    List<Double> counts = new ArrayList<>();
    for (int i = 0; i < timestamps.size(); i++) {
      Instant at;
      try {
        at = Instant.parse(timestamps.get(i).asText());
      } catch (DateTimeParseException e) {
        fileNode.error(file + ": Timestamps[" + i + "] '" + timestamps.get(i).asText() + "' is not an ISO-8601 "
            + "instant such as 2026-01-05T00:00:00Z");
        return Optional.empty();
      }
      if (!values.get(i).isNumber() || values.get(i).asDouble() < 0 || !Double.isFinite(values.get(i).asDouble())) {
        fileNode.error(file + ": Values[" + i + "] " + values.get(i) + " is not a count of 0 or more");
        return Optional.empty();
      }
      times.add(at);
      counts.add(values.get(i).asDouble());
    }
    return rates(fileNode, file, times, counts, startTime);
  }

  /** The header of a CloudWatch trace as CSV: GetMetricData's member names, one datapoint a row. */
  static final List<String> CSV_COLUMNS = List.of("Timestamps", "Values");

  /** How much of a CSV trace is read to find its header: 100 lines of comments and blanks fit. */
  private static final int HEADER_BYTES = 64 * 1024;

  /** Whether a CSV trace is CloudWatch-shaped: its header names Timestamps and Values. */
  static boolean isCloudWatchCsv(Node fileNode, String file) {
    Path path = CsvTrace.path(fileNode, file);
    byte[] bytes;
    try {
      // The head only, through the same seam as the trace itself, so that what decides the file's
      // kind is what the reader then reads, here or on a machine that was sent the file.
      bytes = fileNode.context().files.head(path, HEADER_BYTES);
    } catch (IOException e) {
      return false; // the CSV reader reports it
    }
    try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(
        new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()))) {
      String line;
      // The header is the first line that is neither blank nor a comment; a few lines are enough.
      for (int i = 0; i < 100 && (line = reader.readLine()) != null; i++) {
        String header = line.replace("\uFEFF", "").strip();
        if (!header.isEmpty() && !header.startsWith("#")) {
          return List.of(header.replace(" ", "").split(",")).containsAll(CSV_COLUMNS);
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return false; // the CSV reader reports it
    }
    return false;
  }

  /**
   * A CloudWatch trace as CSV ({@code Timestamps,Values}, e.g. the JSON's two lists side by side,
   * as a spreadsheet or {@code jq} turns them): read exactly as the JSON is.
   */
  static Optional<List<Point>> readCsv(Node fileNode, String file, Instant startTime) {
    CsvTrace trace = new CsvTrace(fileNode, file, "trace file", CSV_COLUMNS);
    Optional<List<CsvTrace.Row>> rows = trace.rows();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<Instant> times = new ArrayList<>();
    List<Double> counts = new ArrayList<>();
    for (CsvTrace.Row r : rows.get()) {
      if (!trace.complete(r)) {
        continue;
      }
      try {
        Instant at = Instant.parse(r.get("Timestamps").strip());
        double value = Double.parseDouble(r.get("Values").strip());
        if (value < 0 || !Double.isFinite(value)) {
          trace.error(r.line(), "value '" + r.get("Values") + "' is not a count of 0 or more");
          continue;
        }
        times.add(at);
        counts.add(value);
      } catch (DateTimeParseException e) {
        trace.error(r.line(), "'" + r.get("Timestamps") + "' is not an ISO-8601 instant such as 2026-01-05T00:00:00Z");
      } catch (NumberFormatException e) {
        trace.error(r.line(), "value '" + r.get("Values") + "' is not a number");
      }
    }
    if (!trace.finish()) {
      return Optional.empty();
    }
    if (times.isEmpty()) {
      trace.fileError("a trace needs at least one point after its header");
      return Optional.empty();
    }
    return rates(fileNode, file, times, counts, startTime);
  }

  /**
   * Counts per period as rates from the scenario's start: sorted by time (GetMetricData prints the
   * newest first by default, ScanBy TimestampDescending), each divided by the period.
   */
  private static Optional<List<Point>> rates(Node fileNode, String file, List<Instant> times, List<Double> counts,
      Instant startTime) {
    List<long[]> raw = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      raw.add(new long[] {times.get(i).toEpochMilli(), i});
    }
    raw.sort(Comparator.comparingLong(r -> r[0]));
    long period = Long.MAX_VALUE;
    for (int i = 1; i < raw.size(); i++) {
      long gap = raw.get(i)[0] - raw.get(i - 1)[0];
      if (gap == 0) {
        fileNode.error(file + ": Timestamps holds " + Instant.ofEpochMilli(raw.get(i)[0]) + " twice");
        return Optional.empty();
      }
      period = Math.min(period, gap);
    }
    if (period == Long.MAX_VALUE) {
      period = 60_000; // one point: CloudWatch's standard period
    }
    long start = startTime.toEpochMilli();
    if (raw.get(0)[0] > start) {
      fileNode.error(file + ": the metric starts at " + Instant.ofEpochMilli(raw.get(0)[0]) + ", after the scenario's "
          + "startTime " + startTime + "; set startTime to the first timestamp or earlier data");
      return Optional.empty();
    }
    List<Point> points = new ArrayList<>();
    double seconds = period / 1000.0;
    for (int i = 0; i < raw.size(); i++) {
      long at = raw.get(i)[0] - start;
      boolean lastBeforeStart = at <= 0 && (i + 1 == raw.size() || raw.get(i + 1)[0] - start > 0);
      if (at > 0 || lastBeforeStart) {
        points.add(new Point(Math.max(0, at), counts.get((int) raw.get(i)[1]) / seconds));
      }
    }
    return Optional.of(List.copyOf(points));
  }
}
