package dev.ecsim.service;

/**
 * A token bucket, the shape of ECS's launch limits (docs/ecs-behaviour.md §0, §3.3): at most {@code
 * burst} launches at once, refilled at {@code perSecond}. Time is simulated milliseconds.
 */
final class TokenBucket {
  private final double burst;
  private final double perMilli;
  private double tokens;
  private long updatedAt;

  TokenBucket(double burst, double perSecond) {
    this.burst = burst;
    this.perMilli = perSecond / 1000.0;
    this.tokens = burst;
  }

  /** Takes one token if there is one now. */
  boolean tryTake(long now) {
    refill(now);
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }

  /** When the next token will be there (now when there is one). */
  long nextTokenAt(long now) {
    refill(now);
    return tokens >= 1 ? now : now + (long) Math.ceil((1 - tokens) / perMilli);
  }

  private void refill(long now) {
    tokens = Math.min(burst, tokens + (now - updatedAt) * perMilli);
    updatedAt = now;
  }
}
