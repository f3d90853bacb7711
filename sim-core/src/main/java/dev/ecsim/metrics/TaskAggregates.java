package dev.ecsim.metrics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What a run keeps of its tasks once they have been handed to a {@link TaskRecordSink}: counts,
 * cost sums and the samples the summary's percentiles need, never the tasks themselves. Built by
 * {@link TaskAggregator} while the run goes.
 *
 * @param launched tasks submitted (a retry is a task of its own)
 * @param stoppedByCode tasks stopped, by ECS stop code, in the order the codes first occurred
 * @param costUsdByOwner cost charged to the tasks of each service or job, in the order first seen
 * @param fargateCostUsdByProvider the Fargate bill of each Fargate capacity provider's tasks
 * @param ec2AllocatedUsd what EC2 tasks were charged for their share of their instances
 * @param startLatencySeconds per capacity provider ("EC2" for a launch-type task), createdAt to
 *     startedAt of every task that started, ascending
 * @param jobWaits per job, the waits summary.json's wait percentiles are taken of
 * @param instanceTasks the tasks on each EC2 instance, while the run used at most {@link
 *     TaskAggregator#TIMELINE_MAX_INSTANCES} instances
 * @param spotNoticesByOwner per service or job, when a spot interruption notice hit one of its
 *     tasks (its Fargate Spot task, or the instance one of its tasks stood on), ascending
 */
public record TaskAggregates(
    long launched,
    Map<String, Long> stoppedByCode,
    Map<String, Double> costUsdByOwner,
    Map<String, Double> fargateCostUsdByProvider,
    double ec2AllocatedUsd,
    SortedMap<String, double[]> startLatencySeconds,
    SortedMap<String, JobWaits> jobWaits,
    Optional<InstanceTasks> instanceTasks,
    SortedMap<String, long[]> spotNoticesByOwner) {

  /**
   * A job's waits in seconds, ascending: createdAt to startedAt of each task that started (retries
   * from their own createdAt), and for each task still waiting at the end the wait it has had so far
   * (a lower bound), of which there are {@code waitingAtEnd}.
   */
  public record JobWaits(double[] sorted, int waitingAtEnd) {
    public int started() {
      return sorted.length - waitingAtEnd;
    }
  }

  /**
   * The tasks placed on each EC2 instance, by container instance id, each from its placement (its
   * image pull starts then) to its stop or the horizon; a task stopped the moment it was placed has
   * no span and is left out.
   */
  public record InstanceTasks(Map<String, Spans> byInstance) {}

  /** Task spans on one instance, in the order the tasks were handed over, kept unboxed. */
  public interface Spans {
    int size();

    String owner(int i);

    long start(int i);

    long end(int i);
  }

  /** A task's span on an instance, for tests and small callers. */
  public record Span(String owner, long start, long end) {}

  /** Spans as a list, for tests and small callers. */
  public static List<Span> list(Spans spans) {
    return java.util.stream.IntStream.range(0, spans.size())
        .mapToObj(i -> new Span(spans.owner(i), spans.start(i), spans.end(i))).toList();
  }
}
