package dev.ecsim.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The patterns that make a backtracking matcher run for ever (nested or repeated quantifiers that
 * can split a long value in exponentially many ways, then fail at its end) are answered by RE2/J in
 * time linear in the value. With java.util.regex the first one below, against 5,000 a's, would not
 * finish in the life of the machine; the timeout is there only so that a regression fails the
 * build instead of hanging it, not to measure speed.
 */
class RegexSafetyTest {
  private static final FakeInstance LONG_VALUE = new FakeInstance(
      Map.of("ecs.instance-type", "m5.large", "stack", "a".repeat(5_000)), "i-0123456789abcdef0", 0, true,
      "1.89.0", Instant.parse("2026-01-05T00:00:00Z"), Set.of());

  @Test
  void repeatedAndNestedQuantifiersAreAnsweredAtOnce() {
    QueryExpression repeated = QueryParser.parse("attribute:stack =~ a*a*a*a*a*a*a*a*a*a*a*a*a*a*b");
    QueryExpression nested = QueryParser.parse("attribute:stack =~ '(a+)+b'");
    QueryExpression nestedWhole = QueryParser.parse("attribute:stack =~ '(a|aa)+'");
    assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
      assertThat(repeated.matches(LONG_VALUE)).isFalse();
      assertThat(nested.matches(LONG_VALUE)).isFalse();
      assertThat(nestedWhole.matches(LONG_VALUE)).isTrue();
    });
  }
}
