package dev.ecsim.metrics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Folds tasks into {@link TaskAggregates} as the run hands them over: counts and sums at once, and
 * the samples percentiles need as unboxed arrays (8 bytes a task). The spans of the instance
 * timeline are kept only while the run has used at most {@link #TIMELINE_MAX_INSTANCES}
 * instances; past that the chart is not drawn, and they are dropped.
 */
public final class TaskAggregator implements TaskRecordSink {
  /** The key start latency counts a launch-type EC2 task under, which no capacity provider placed. */
  public static final String LAUNCH_TYPE_EC2 = "EC2";
  /** Beyond this many instances the instance timeline's rows are too thin to read. */
  public static final int TIMELINE_MAX_INSTANCES = 40;

  private final Set<String> jobs;
  private final long horizonMillis;
  private long launched;
  private final Map<String, Long> stoppedByCode = new LinkedHashMap<>();
  private final Map<String, Double> costByOwner = new LinkedHashMap<>();
  private final Map<String, Double> fargateCostByProvider = new LinkedHashMap<>();
  private double ec2Allocated;
  private final Map<String, DoubleSample> latencies = new TreeMap<>();
  private final Map<String, DoubleSample> waits = new TreeMap<>();
  private final Map<String, int[]> waitingAtEnd = new TreeMap<>();
  private Map<String, SpanArrays> spans = new LinkedHashMap<>();
  private final Map<String, List<Long>> notices = new TreeMap<>();

  /**
   * @param jobs the run's jobs, whose tasks' waits are kept
   * @param horizonMillis the end of the run: a task still running then has its span end there
   */
  public TaskAggregator(Set<String> jobs, long horizonMillis) {
    this.jobs = Set.copyOf(jobs);
    this.horizonMillis = horizonMillis;
  }

  @Override
  public void accept(TaskRecord t) {
    launched++;
    t.stopCode().ifPresent(code -> stoppedByCode.merge(code, 1L, Long::sum));
    costByOwner.merge(t.serviceOrJob(), t.costUsd(), Double::sum);
    if (t.launchType().equals("FARGATE")) {
      fargateCostByProvider.merge(t.capacityProviderName(), t.costUsd(), Double::sum);
    } else {
      ec2Allocated += t.costUsd();
    }
    if (t.startedAt().isPresent()) {
      double seconds = (t.startedAt().getAsLong() - t.createdAt()) / 1000.0;
      String provider = t.capacityProviderName().isEmpty() ? LAUNCH_TYPE_EC2 : t.capacityProviderName();
      latencies.computeIfAbsent(provider, p -> new DoubleSample()).add(seconds);
      if (jobs.contains(t.serviceOrJob())) {
        waits.computeIfAbsent(t.serviceOrJob(), j -> new DoubleSample()).add(seconds);
      }
    } else if (t.stoppedAt().isEmpty() && jobs.contains(t.serviceOrJob())) {
      // Still waiting at the end: counted with its wait so far, as the job's figures count it.
      waits.computeIfAbsent(t.serviceOrJob(), j -> new DoubleSample()).add((horizonMillis - t.createdAt()) / 1000.0);
      waitingAtEnd.computeIfAbsent(t.serviceOrJob(), j -> new int[1])[0]++;
    }
    if (spans != null && t.containerInstanceId().isPresent()) {
      keepSpan(t);
    }
  }

  private void keepSpan(TaskRecord t) {
    String instance = t.containerInstanceId().get();
    SpanArrays own = spans.get(instance);
    if (own == null) {
      if (spans.size() == TIMELINE_MAX_INSTANCES) {
        spans = null; // too many instances for the timeline: keep nothing
        return;
      }
      own = new SpanArrays();
      spans.put(instance, own);
    }
    OptionalLong placed = t.pullStartedAt().isPresent() ? t.pullStartedAt() : t.startedAt();
    if (placed.isEmpty()) {
      return;
    }
    long end = Math.min(t.stoppedAt().orElse(horizonMillis), horizonMillis);
    if (end > placed.getAsLong()) {
      own.add(t.serviceOrJob(), placed.getAsLong(), end);
    }
  }

  /** A spot interruption notice hit a task of {@code owner} at {@code timeMillis}. */
  public void spotNotice(String owner, long timeMillis) {
    notices.computeIfAbsent(owner, o -> new java.util.ArrayList<>()).add(timeMillis);
  }

  /** Tasks handed over so far: each keeps a start latency and, for a job, a wait for the percentiles. */
  public long tasksSeen() {
    return launched;
  }

  public TaskAggregates result() {
    SortedMap<String, double[]> latencySeconds = new TreeMap<>();
    latencies.forEach((p, s) -> latencySeconds.put(p, s.sorted()));
    SortedMap<String, TaskAggregates.JobWaits> jobWaits = new TreeMap<>();
    waits.forEach((j, s) -> jobWaits.put(j,
        new TaskAggregates.JobWaits(s.sorted(), waitingAtEnd.getOrDefault(j, new int[1])[0])));
    SortedMap<String, long[]> noticeTimes = new TreeMap<>();
    notices.forEach((o, times) -> noticeTimes.put(o, times.stream().mapToLong(Long::longValue).sorted().toArray()));
    Optional<TaskAggregates.InstanceTasks> instanceTasks = spans == null ? Optional.empty()
        : Optional.of(new TaskAggregates.InstanceTasks(Map.copyOf(spans)));
    return new TaskAggregates(launched, Map.copyOf(stoppedByCode), new LinkedHashMap<>(costByOwner),
        new LinkedHashMap<>(fargateCostByProvider), ec2Allocated, latencySeconds, jobWaits, instanceTasks, noticeTimes);
  }

  /** Aggregates of tasks given as a list (tests, hand-made results), as a run would build them. */
  public static TaskAggregates of(List<TaskRecord> tasks, Set<String> jobs, long horizonMillis) {
    TaskAggregator aggregator = new TaskAggregator(jobs, horizonMillis);
    tasks.forEach(aggregator::accept);
    return aggregator.result();
  }

  /** Spans of one instance as parallel growable arrays, owners interned by index. */
  private static final class SpanArrays implements TaskAggregates.Spans {
    private final List<String> owners = new java.util.ArrayList<>();
    private int[] owner = new int[8];
    private long[] starts = new long[8];
    private long[] ends = new long[8];
    private int size;

    void add(String ownerName, long start, long end) {
      int index = owners.indexOf(ownerName);
      if (index < 0) {
        index = owners.size();
        owners.add(ownerName);
      }
      if (size == starts.length) {
        owner = Arrays.copyOf(owner, size * 2);
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
      }
      owner[size] = index;
      starts[size] = start;
      ends[size] = end;
      size++;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public String owner(int i) {
      return owners.get(owner[i]);
    }

    @Override
    public long start(int i) {
      return starts[i];
    }

    @Override
    public long end(int i) {
      return ends[i];
    }
  }
}
