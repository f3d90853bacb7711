package dev.ecsim.query;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What follows a comparison operator: one value ({@code == t2.small}), a list for {@code in} and
 * {@code !in} ({@code [us-east-1a, us-east-1b]}), or a Java regex for {@code =~} and {@code !~}
 * (ECS DG: cluster-query-language, "Argument").
 */
public sealed interface Argument permits Argument.Single, Argument.ValueList, Argument.Regex {

  Operator.Takes shape();

  String render();

  record Single(Value value) implements Argument {
    public Single {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Operator.Takes shape() {
      return Operator.Takes.VALUE;
    }

    @Override
    public String render() {
      return value.render();
    }
  }

  record ValueList(List<Value> values) implements Argument {
    public ValueList {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("an argument list needs at least one value");
      }
    }

    @Override
    public Operator.Takes shape() {
      return Operator.Takes.LIST;
    }

    @Override
    public String render() {
      StringJoiner out = new StringJoiner(", ", "[", "]");
      values.forEach(v -> out.add(v.render()));
      return out.toString();
    }
  }

  /**
   * A regex compiled once, when the query is parsed, and matched against the whole value: AWS's
   * {@code g2.*} selects g2.2xlarge. RE2/J matches in time linear in the value whatever the pattern
   * (no backtracking: {@code a*a*a*...b} or {@code (a+)+} against a long attribute value cannot
   * hang a run), at the price of backreferences and lookaround, which the parser refuses. Pattern
   * has identity equality, so equality here is by source text.
   *
   * <p>A constraint is checked against every candidate instance of a full placement pass, and the
   * values it meets are few (instance types, zones, AMI ids), so answers are remembered per value,
   * up to {@link #MEMO_LIMIT} of them: a new Matcher per candidate was most of the pass's garbage.
   * The memo is safe to share between the threads of a sweep, which share the parsed scenario.
   */
  final class Regex implements Argument {
    static final int MEMO_LIMIT = 1_024;

    private final Pattern pattern;
    private final Map<String, Boolean> memo = new ConcurrentHashMap<>();

    public Regex(Pattern pattern) {
      Objects.requireNonNull(pattern, "pattern");
      if (pattern.flags() != 0) {
        // the query text has no place for flags, so they could not survive render()
        throw new IllegalArgumentException(
            "use inline flags such as (?i) instead of Pattern flags");
      }
      this.pattern = pattern;
    }

    public Pattern pattern() {
      return pattern;
    }

    public boolean matches(String text) {
      Boolean known = memo.get(text);
      if (known != null) {
        return known;
      }
      boolean matches = pattern.matcher(text).matches();
      if (memo.size() < MEMO_LIMIT) {
        memo.put(text, matches);
      }
      return matches;
    }

    @Override
    public Operator.Takes shape() {
      return Operator.Takes.REGEX;
    }

    @Override
    public String render() {
      return Literals.render(pattern.pattern());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Regex r && r.pattern.pattern().equals(pattern.pattern());
    }

    @Override
    public int hashCode() {
      return pattern.pattern().hashCode();
    }

    @Override
    public String toString() {
      return "Regex[" + pattern.pattern() + "]";
    }
  }
}
