package dev.ecsim.query;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for queries and instances. Values are drawn mostly from small pools shared by both, so
 * that random queries often hit random instances and evaluation is exercised on both outcomes.
 */
final class QueryArbitraries {
  static final List<String> ATTRIBUTE_NAMES =
      List.of("ecs.instance-type", "ecs.availability-zone", "stack", "team:owner", "weight");
  static final List<String> TEXTS =
      List.of(
          "t2.small",
          "g2.2xlarge",
          "us-east-1a",
          "prod",
          "9",
          "10",
          "9.5",
          "heavy",
          "service:web",
          "database",
          "and",
          "it's",
          "say \"hi\"",
          "both ' and \"",
          "two words",
          "");
  static final List<String> GROUPS = List.of("service:web", "database", "family:batch");
  static final List<String> VERSIONS = List.of("1.9.0", "1.14.4", "1.14.5", "1.28.1", "1.28");
  static final List<String> REGEXES =
      List.of("g2.*", "t2\\..*", "(prod|test)", "us-east-1[ab]", ".*", "it's", "[\"']", "a b");

  private QueryArbitraries() {}

  static Arbitrary<QueryExpression> expressions() {
    return Arbitraries.recursive(
        QueryArbitraries::conditions,
        e ->
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, e),
                net.jqwik.api.Tuple.of(1, e.map(QueryExpression.Not::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(e, e).as(QueryExpression.And::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(e, e).as(QueryExpression.Or::new))),
        0,
        4);
  }

  static Arbitrary<QueryExpression> conditions() {
    return subjects()
        .flatMap(
            subject ->
                Arbitraries.of(subject.validOperators())
                    .flatMap(operator -> condition(subject, operator)));
  }

  private static Arbitrary<QueryExpression> condition(Subject subject, Operator operator) {
    return switch (operator.takes()) {
      case NOTHING ->
          Arbitraries.just(new QueryExpression.Exists(subject, operator == Operator.EXISTS));
      case VALUE ->
          values(subject.valueKind())
              .map(v -> new QueryExpression.Comparison(subject, operator, new Argument.Single(v)));
      case LIST ->
          values(subject.valueKind())
              .list()
              .ofMinSize(1)
              .ofMaxSize(3)
              .map(
                  vs ->
                      new QueryExpression.Comparison(
                          subject, operator, new Argument.ValueList(vs)));
      case REGEX ->
          regexes()
              .map(p -> new QueryExpression.Comparison(subject, operator, new Argument.Regex(p)));
    };
  }

  static Arbitrary<Subject> subjects() {
    return Arbitraries.oneOf(
        Arbitraries.of(Subject.Field.class),
        Arbitraries.of(ATTRIBUTE_NAMES).map(Subject.Attribute::new),
        Arbitraries.strings()
            .withChars("abcXYZ019._/\\:-")
            .ofMinLength(1)
            .ofMaxLength(10)
            .map(Subject.Attribute::new));
  }

  static Arbitrary<Value> values(ValueKind kind) {
    return switch (kind) {
      case TEXT ->
          Arbitraries.oneOf(
              Arbitraries.of(TEXTS).map(Value.Text::new),
              Arbitraries.of(GROUPS).map(Value.Text::new),
              Arbitraries.strings().ofMaxLength(8).map(Value.Text::new));
      case VERSION ->
          Arbitraries.oneOf(
                  Arbitraries.of(VERSIONS),
                  Arbitraries.integers()
                      .between(0, 99)
                      .list()
                      .ofMinSize(1)
                      .ofMaxSize(4)
                      .map(
                          parts ->
                              parts.stream().map(String::valueOf).collect(Collectors.joining("."))))
              .map(Value.Text::new);
      case WHOLE_NUMBER ->
          Arbitraries.oneOf(
                  Arbitraries.longs().between(0, 3), Arbitraries.longs().greaterOrEqual(0))
              .map(Value.WholeNumber::new);
      case INSTANT -> instants().map(Value.Timestamp::new);
      case BOOLEAN -> Arbitraries.of(true, false).map(Value.Flag::new);
    };
  }

  static Arbitrary<Instant> instants() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            Instant.parse("2016-10-01T00:00:00Z"),
            Instant.parse("2018-02-13T00:00:00Z"),
            Instant.parse("2018-06-18T22:28:28Z")),
        Combinators.combine(
                Arbitraries.longs().between(0, 4_102_444_800L), // 1970 .. 2100
                Arbitraries.integers().between(0, 999_999_999))
            .as(Instant::ofEpochSecond));
  }

  static Arbitrary<Pattern> regexes() {
    return Arbitraries.oneOf(
            Arbitraries.of(REGEXES),
            Arbitraries.strings().ofMaxLength(6).filter(QueryArbitraries::compiles))
        .map(Pattern::compile);
  }

  private static boolean compiles(String regex) {
    try {
      Pattern.compile(regex);
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  static Arbitrary<InstanceFacts> instances() {
    Arbitrary<java.util.Map<String, String>> attributes =
        Arbitraries.maps(Arbitraries.of(ATTRIBUTE_NAMES), Arbitraries.of(TEXTS)).ofMaxSize(4);
    return Combinators.combine(
            attributes,
            Arbitraries.of("i-abcd1234", "i-wxyx7890", "prod"),
            Arbitraries.integers().between(0, 4),
            Arbitraries.of(true, false),
            Arbitraries.of(VERSIONS),
            instants(),
            Arbitraries.subsetOf(GROUPS))
        .as(FakeInstance::new);
  }
}
