package dev.ecsim.engine;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Independent random streams, one per name, each seeded from (scenario seed, name) alone. Adding a
 * component, or drawing more from one stream, never shifts another stream's draws: that gives
 * common random numbers across variants of a scenario.
 */
public final class RandomStreams {
  private final long seed;
  private final Map<String, RandomGenerator> streams = new HashMap<>();

  public RandomStreams(long seed) {
    this.seed = seed;
  }

  public long seed() {
    return seed;
  }

  /** The stream with this name; the same object on every call. */
  public RandomGenerator stream(String name) {
    return streams.computeIfAbsent(name, n -> new Well19937c(streamSeed(seed, n)));
  }

  /** Seed of a named stream: FNV-1a over the name's UTF-8 bytes, mixed with the run seed by SplitMix64. */
  static long streamSeed(long seed, String name) {
    long h = 0xcbf29ce484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h ^= (b & 0xff);
      h *= 0x100000001b3L;
    }
    return splitMix64(seed ^ splitMix64(h));
  }

  private static long splitMix64(long x) {
    long z = x + 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
