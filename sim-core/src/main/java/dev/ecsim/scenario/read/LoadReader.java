package dev.ecsim.scenario.read;

import dev.ecsim.scenario.LoadSpec;
import dev.ecsim.scenario.yaml.CsvTrace;
import dev.ecsim.scenario.yaml.Mapping;
import dev.ecsim.scenario.yaml.Names;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.Quantities;
import dev.ecsim.workload.LoadProfile.Interpolation;
import dev.ecsim.workload.LoadProfile.Point;
import dev.ecsim.workload.LoadProfile.Spike;
import dev.ecsim.workload.LoadProfile;
import dev.ecsim.workload.MemoryModel;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a service's {@code load:} ({@code requestRate}, {@code capacityPerTask}, {@code memory}),
 * reporting every problem at its line. The scenario's start time anchors a diurnal profile's time
 * of day; its duration, when known, bounds where spikes may start.
 */
final class LoadReader {
  static final List<String> FIELDS = List.of("requestRate", "capacityPerTask", "memory");
  static final List<String> KINDS = List.of("constant", "steps", "diurnal", "spikes", "trace");
  static final List<String> STEP_FIELDS = List.of("at", "rate");
  static final List<String> DIURNAL_FIELDS = List.of("min", "max", "peakAt", "timezone", "weekendFactor");
  static final List<String> SPIKES_FIELDS = List.of("base", "spikes");
  static final List<String> SPIKE_FIELDS = List.of("at", "duration", "rate", "multiplier");
  static final List<String> TRACE_FIELDS = List.of("file", "interpolate");
  static final List<String> MEMORY_FIELDS = List.of("baseline", "perLoad");
  static final List<String> INTERPOLATIONS = List.of("step", "linear");
  static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");
  static final double MAX_WEEKEND_FACTOR = 10;
  static final double MAX_MULTIPLIER = 1000;
  private static final Pattern TIME_OF_DAY = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])");
  private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*%?");
  private static final String FORMS = "valid: 200/s, {constant: 200/s}, {steps: [{at: 0s, rate: 100/s}, ...]}, "
      + "{diurnal: {min: 100/s, max: 900/s, peakAt: \"14:00\"}}, "
      + "{spikes: {base: 200/s, spikes: [{at: 3h, duration: 10m, multiplier: 4}]}}, {trace: {file: traces/web.csv}}";

  /** What the load needs to know of the run: where time of day starts and, if valid, how long it lasts. */
  private record Run(Instant startTime, OptionalLong durationMillis) {}

  private LoadReader() {}

  /** The load, or empty when it is absent or has a problem (every problem reported). */
  static Optional<LoadSpec> read(Node node, Instant startTime, OptionalLong durationMillis) {
    if (!node.present()) {
      return Optional.empty();
    }
    Mapping m = node.mapping(FIELDS);
    if (!node.isMapping()) {
      return Optional.empty();
    }
    Optional<LoadProfile> requestRate = m.required("requestRate")
        .flatMap(n -> profile(n, new Run(startTime, durationMillis)));
    Optional<Double> capacity = m.requiredParse("capacityPerTask", Quantities::perSecond)
        .filter(c -> aboveZero(m.field("capacityPerTask"), c, "capacityPerTask"));
    Optional<MemoryModel> memory = memory(m.field("memory"));
    if (requestRate.isEmpty() || capacity.isEmpty() || memory.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new LoadSpec(requestRate.get(), capacity.get(), memory.get()));
  }

  /** One profile: a bare rate is shorthand for {@code {constant: rate}}. */
  private static Optional<LoadProfile> profile(Node node, Run run) {
    if (node.isScalar()) {
      return constant(node);
    }
    Mapping m = node.mapping(KINDS);
    if (!node.isMapping()) {
      return Optional.empty();
    }
    List<String> kinds = node.keys().stream().filter(KINDS::contains).toList();
    if (kinds.size() != 1) {
      // A lone misspelt kind was reported as an unknown field with a suggestion already.
      if (kinds.size() > 1 || node.keys().isEmpty()) {
        node.error("a request rate names exactly one kind, found " + (kinds.isEmpty() ? "none" : kinds) + "; " + FORMS);
      }
      return Optional.empty();
    }
    String kind = kinds.get(0);
    Node body = m.field(kind);
    if (!body.present()) {
      body.error("'" + kind + "' needs a value; " + FORMS);
      return Optional.empty();
    }
    return switch (kind) {
      case "constant" -> constant(body);
      case "steps" -> steps(body);
      case "diurnal" -> diurnal(body, run);
      case "spikes" -> spikes(body, run);
      case "trace" -> trace(body, run);
      default -> throw new IllegalStateException(kind);
    };
  }

  private static Optional<LoadProfile> constant(Node node) {
    return node.parse(Quantities::perSecond)
        .filter(r -> aboveZero(node, r, "a constant request rate"))
        .map(LoadProfile.Constant::new);
  }

  private static Optional<LoadProfile> steps(Node body) {
    if (!body.isList()) {
      body.error("expected a list of steps such as [{at: 0s, rate: 100/s}, {at: 2h, rate: 400/s}], found "
          + body.describe());
      return Optional.empty();
    }
    List<Node> items = body.elements();
    if (items.isEmpty()) {
      body.error("steps need at least one step, the first at 0s");
      return Optional.empty();
    }
    List<Point> points = new ArrayList<>();
    boolean ok = true;
    String previousAt = "";
    for (Node item : items) {
      Mapping s = item.mapping(STEP_FIELDS);
      Optional<Long> at = s.requiredParse("at", Quantities::durationMillis);
      Optional<Double> rate = s.requiredParse("rate", Quantities::perSecond);
      if (at.isEmpty() || rate.isEmpty()) {
        ok = false;
        continue;
      }
      String atText = s.field("at").text().orElse("");
      if (points.isEmpty() && at.get() != 0) {
        s.field("at").error("the first step must be at 0s, found " + atText + "; the rate before it would be unknown");
        ok = false;
      } else if (!points.isEmpty() && at.get() <= points.get(points.size() - 1).atMillis()) {
        s.field("at").error("step at " + atText + " is not after the step before it (at " + previousAt
            + "); list steps in increasing time order");
        ok = false;
      }
      points.add(new Point(at.get(), rate.get()));
      previousAt = atText;
    }
    return ok ? Optional.of(new LoadProfile.Steps(points)) : Optional.empty();
  }

  private static Optional<LoadProfile> diurnal(Node body, Run run) {
    Mapping d = body.mapping(DIURNAL_FIELDS);
    if (!body.isMapping()) {
      return Optional.empty();
    }
    Optional<Double> min = d.requiredParse("min", Quantities::perSecond);
    Optional<Double> max = d.requiredParse("max", Quantities::perSecond)
        .filter(v -> aboveZero(d.field("max"), v, "max"));
    if (min.isPresent() && max.isPresent() && max.get() < min.get()) {
      d.field("max").error("max " + d.field("max").text().orElse("") + " is below min "
          + d.field("min").text().orElse("") + "; max is the rate at peakAt, min the rate 12 hours away");
      max = Optional.empty();
    }
    Optional<LocalTime> peakAt = d.required("peakAt").flatMap(LoadReader::timeOfDay);
    Optional<ZoneId> zone = d.has("timezone") ? zone(d.field("timezone")) : Optional.of(DEFAULT_ZONE);
    Node factorNode = d.field("weekendFactor");
    Optional<Double> weekendFactor = factorNode.present() ? factorNode.number(NumericFields.WEEKEND_FACTOR) : Optional.of(1.0);
    if (min.isEmpty() || max.isEmpty() || peakAt.isEmpty() || zone.isEmpty() || weekendFactor.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new LoadProfile.Diurnal(min.get(), max.get(), peakAt.get(), zone.get(), weekendFactor.get(),
        run.startTime()));
  }

  private static Optional<LocalTime> timeOfDay(Node node) {
    return node.text().flatMap(t -> {
      Matcher m = TIME_OF_DAY.matcher(t.trim());
      if (!m.matches()) {
        node.error("'" + t + "' is not a time of day; use \"HH:MM\" from \"00:00\" to \"23:59\", e.g. \"14:00\"");
        return Optional.empty();
      }
      return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    });
  }

  private static Optional<ZoneId> zone(Node node) {
    return node.text().flatMap(t -> {
      try {
        return Optional.of(ZoneId.of(t.trim()));
      } catch (DateTimeException e) {
        node.error("unknown time zone '" + t + "'" + Names.didYouMean(t, ZoneId.getAvailableZoneIds())
            + "; use a tz database name such as Europe/Berlin, America/New_York or UTC");
        return Optional.empty();
      }
    });
  }

  private static Optional<LoadProfile> spikes(Node body, Run run) {
    Mapping s = body.mapping(SPIKES_FIELDS);
    if (!body.isMapping()) {
      return Optional.empty();
    }
    Optional<LoadProfile> base = s.required("base").flatMap(b -> profile(b, run));
    Optional<List<Spike>> spikes = s.required("spikes").flatMap(list -> spikeList(list, run));
    if (base.isEmpty() || spikes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new LoadProfile.Spikes(base.get(), spikes.get()));
  }

  private static Optional<List<Spike>> spikeList(Node list, Run run) {
    if (!list.isList()) {
      list.error("expected a list of spikes such as [{at: 3h, duration: 10m, rate: 2000/s}], found " + list.describe());
      return Optional.empty();
    }
    List<Spike> spikes = new ArrayList<>();
    boolean ok = true;
    for (Node item : list.elements()) {
      Optional<Spike> spike = spike(item, run);
      spike.ifPresent(spikes::add);
      ok &= spike.isPresent();
    }
    return ok ? Optional.of(List.copyOf(spikes)) : Optional.empty();
  }

  private static Optional<Spike> spike(Node item, Run run) {
    Mapping m = item.mapping(SPIKE_FIELDS);
    if (!item.isMapping()) {
      return Optional.empty();
    }
    Optional<Long> at = m.requiredParse("at", Quantities::durationMillis);
    at.filter(a -> run.durationMillis().isPresent() && a >= run.durationMillis().getAsLong()).ifPresent(a ->
        m.field("at").error("the spike at " + m.field("at").text().orElse("") + " starts at or after the end of the run (duration "
            + duration(run.durationMillis().getAsLong()) + ")"));
    at = at.filter(a -> run.durationMillis().isEmpty() || a < run.durationMillis().getAsLong());
    Optional<Long> duration = m.requiredParse("duration", Quantities::durationMillis)
        .filter(v -> aboveZero(m.field("duration"), v, "a spike's duration"));
    boolean hasRate = m.has("rate");
    boolean hasMultiplier = m.has("multiplier");
    if (hasRate == hasMultiplier) {
      item.error("a spike gives either rate (added on top of the base, e.g. rate: 2000/s) or multiplier "
          + "(the base times it, e.g. multiplier: 4), " + (hasRate ? "not both" : "found neither"));
      return Optional.empty();
    }
    if (hasRate) {
      Optional<Double> rate = m.parse("rate", Quantities::perSecond)
          .filter(r -> aboveZero(m.field("rate"), r, "a spike's added rate"));
      if (at.isEmpty() || duration.isEmpty() || rate.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Spike.Add(at.get(), duration.get(), rate.get()));
    }
    Optional<Double> factor = m.field("multiplier").number(NumericFields.SPIKE_MULTIPLIER);
    if (at.isEmpty() || duration.isEmpty() || factor.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Spike.Multiply(at.get(), duration.get(), factor.get()));
  }

  private static Optional<LoadProfile> trace(Node body, Run run) {
    Mapping t = body.mapping(TRACE_FIELDS);
    if (!body.isMapping()) {
      return Optional.empty();
    }
    Optional<Interpolation> how = t.has("interpolate")
        ? t.choice("interpolate", INTERPOLATIONS).map(s -> Interpolation.valueOf(s.toUpperCase(Locale.ROOT)))
        : Optional.of(Interpolation.STEP);
    Optional<String> file = t.requiredString("file");
    // A .json file is CloudWatch's get-metric-data output, and a CSV headed Timestamps,Values the
    // same lists side by side: both read against the scenario's start. Any other CSV is time,rate.
    Optional<List<Point>> points = file.flatMap(f -> f.toLowerCase(Locale.ROOT).endsWith(".json")
        ? CsvTrace.once(t.field("file"), f, List.of("cloudwatch", run.startTime()),
            () -> CloudWatchTraceReader.read(t.field("file"), f, run.startTime()))
        : CloudWatchTraceReader.isCloudWatchCsv(t.field("file"), f)
            ? CsvTrace.once(t.field("file"), f, List.of("cloudwatch-csv", run.startTime()),
                () -> CloudWatchTraceReader.readCsv(t.field("file"), f, run.startTime()))
            : CsvTrace.once(t.field("file"), f, List.of("load"), () -> TraceReader.read(t.field("file"), f)));
    if (how.isEmpty() || points.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new LoadProfile.Trace(file.get(), how.get(), points.get()));
  }

  private static Optional<MemoryModel> memory(Node node) {
    if (!node.present()) {
      return Optional.of(MemoryModel.DEFAULT);
    }
    Mapping m = node.mapping(MEMORY_FIELDS);
    if (!node.isMapping()) {
      return Optional.empty();
    }
    Optional<Double> baseline = m.has("baseline") ? percent(m.field("baseline"))
        : Optional.of(MemoryModel.DEFAULT.baselinePercent());
    Optional<Double> perLoad = m.has("perLoad") ? percent(m.field("perLoad"))
        : Optional.of(MemoryModel.DEFAULT.perLoadPercent());
    if (baseline.isEmpty() || perLoad.isEmpty()) {
      return Optional.empty();
    }
    if (baseline.get() + perLoad.get() > 100) {
      node.error("baseline + perLoad is " + (baseline.get() + perLoad.get()) + "%, above 100%: tasks would use more "
          + "memory than their task definition gives them (ecsim does not model out-of-memory kills)");
      return Optional.empty();
    }
    return Optional.of(new MemoryModel(baseline.get(), perLoad.get()));
  }

  /** {@code 40} or {@code 40%}, 0 to 100. */
  private static Optional<Double> percent(Node node) {
    return node.text().flatMap(t -> {
      Matcher m = PERCENT.matcher(t.trim());
      if (!m.matches()) {
        node.error("'" + t + "' is not a percentage; use a number from 0 to 100, e.g. 40 or 40%");
        return Optional.empty();
      }
      double value = Double.parseDouble(m.group(1));
      if (value > 100) {
        node.error(t + " is out of range; valid: 0% to 100% of the task's memory");
        return Optional.empty();
      }
      return Optional.of(value);
    });
  }

  private static boolean aboveZero(Node node, double value, String what) {
    if (value <= 0) {
      node.error(what + " must be above zero");
      return false;
    }
    return true;
  }

  /** A run length for messages: 24h, 90m, 45s or 1500ms. */
  private static String duration(long millis) {
    if (millis % 3_600_000 == 0) {
      return millis / 3_600_000 + "h";
    }
    if (millis % 60_000 == 0) {
      return millis / 60_000 + "m";
    }
    return millis % 1_000 == 0 ? millis / 1_000 + "s" : millis + "ms";
  }
}
