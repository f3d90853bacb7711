package dev.ecsim.metrics;

/**
 * Where a run hands its tasks as they end, so that nothing keeps every task of a long run in memory
 * (a million tasks held to the end cost gigabytes). A task is accepted once: when it stops, or at
 * the horizon for a task still running then, those in the order they were submitted; then {@link
 * #finish()} is called once. The same seed gives the same calls in the same order.
 */
public interface TaskRecordSink {

  void accept(TaskRecord task);

  /** Every task has been accepted; the run is over. */
  default void finish() {}

  /** A sink that keeps nothing: a run whose tasks nobody writes out (replications, sweeps). */
  static TaskRecordSink discard() {
    return task -> { };
  }

  /** Both sinks, {@code first} before {@code second} each time. */
  static TaskRecordSink both(TaskRecordSink first, TaskRecordSink second) {
    return new TaskRecordSink() {
      @Override
      public void accept(TaskRecord task) {
        first.accept(task);
        second.accept(task);
      }

      @Override
      public void finish() {
        first.finish();
        second.finish();
      }
    };
  }
}
