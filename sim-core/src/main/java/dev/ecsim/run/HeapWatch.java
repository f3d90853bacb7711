package dev.ecsim.run;

import dev.ecsim.engine.ResourceLimitException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The second line of defence behind validate's limits. Every few thousand events it asks whether
 * the heap is still nearly full after garbage collection; if so the run stops with one line that
 * names what it holds most of, where an OutOfMemoryError would have come later, with a stack trace
 * and nothing said of the cause.
 */
final class HeapWatch {
  /** Nearly full: what is left after a collection is too little for a run to go on for long. */
  static final double NEARLY_FULL = 0.90;

  /** What a run holds that grows with the scenario, and about how many bytes each one takes. */
  record Figure(String what, long count, long bytesEach) {
    long bytes() {
      return count * bytesEach;
    }
  }

  /** The heap as the watch sees it: bytes in use after the last collection, and the most it may hold. */
  interface Heap {
    long usedAfterCollection();

    long max();
  }

  private final Heap heap;
  private final Supplier<List<Figure>> figures;
  private final LongSupplier now;

  HeapWatch(Heap heap, Supplier<List<Figure>> figures, LongSupplier now) {
    this.heap = heap;
    this.figures = figures;
    this.now = now;
  }

  /** Throws when the heap is nearly full after a collection. */
  void check() {
    long max = heap.max();
    long used = heap.usedAfterCollection();
    if (max > 0 && used >= NEARLY_FULL * max) {
      throw stop(used, max, "is nearly full");
    }
  }

  /** The same one line for an OutOfMemoryError caught on the way out, the last resort. */
  ResourceLimitException outOfMemory() {
    return stop(heap.usedAfterCollection(), heap.max(), "ran out");
  }

  private ResourceLimitException stop(long used, long max, String state) {
    Figure largest = figures.get().stream().max(Comparator.comparingLong(Figure::bytes)).orElseThrow();
    return new ResourceLimitException(now.getAsLong(), String.format(Locale.ROOT,
        "memory %s (%s of %s in use after garbage collection), most of it %,d %s; give Java more memory "
            + "(ECSIM_JAVA_OPTS=-Xmx8g) or ask for less (docs/scenario-reference.md, Limits)",
        state, size(used), size(max), largest.count(), largest.what()));
  }

  /** Binary units as the JVM's -Xmx counts them: MiB below a GiB, GiB to two places above. */
  static String size(long bytes) {
    if (bytes < 1L << 30) {
      return String.format(Locale.ROOT, "%d MiB", bytes >> 20);
    }
    return String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
  }

  /**
   * The JVM's heap: the pools collected last and longest (the old generation), whose use after a
   * collection is what a run keeps; the young pools empty at every collection and say nothing.
   */
  static Heap jvm() {
    return JVM;
  }

  private static final Heap JVM = jvmHeap();

  private static Heap jvmHeap() {
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
        .filter(p -> p.getUsage().getMax() > 0)
        .toList();
    MemoryPoolMXBean old = pools.stream().max(Comparator.comparingLong(p -> p.getUsage().getMax())).orElse(null);
    return new Heap() {
      @Override
      public long usedAfterCollection() {
        return old == null ? 0 : old.getCollectionUsage().getUsed();
      }

      @Override
      public long max() {
        return old == null ? 0 : old.getUsage().getMax();
      }
    };
  }
}
