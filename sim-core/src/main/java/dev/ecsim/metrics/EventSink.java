package dev.ecsim.metrics;

/**
 * Where a run hands its events as they happen, so that a long run need not keep its whole log (a
 * year of scaling is hundreds of thousands of lines). Events come in log order, then {@link
 * #finish()} once.
 */
public interface EventSink {

  void accept(EventRecord event);

  /** The run is over: no more events. */
  default void finish() {}

  /** A sink that keeps nothing: a run whose events nobody reads (replications, sweeps). */
  static EventSink discard() {
    return event -> { };
  }
}
