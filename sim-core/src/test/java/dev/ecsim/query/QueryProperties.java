package dev.ecsim.query;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Invariants of the query language: render round-trips, negation negates, garbage fails cleanly.
 * The AST properties skip edge cases: combinations of a recursive generator's edge cases outnumber
 * the tries, and random ASTs already start from single conditions.
 */
class QueryProperties {

  @Provide
  Arbitrary<QueryExpression> expressions() {
    return QueryArbitraries.expressions();
  }

  @Provide
  Arbitrary<InstanceFacts> instances() {
    return QueryArbitraries.instances();
  }

  @Provide
  Arbitrary<QueryExpression> conditions() {
    return QueryArbitraries.conditions();
  }

  /** Fragments of real queries glued at random, to reach deeper into the parser than noise does. */
  @Provide
  Arbitrary<String> tokenSoup() {
    return Combinators.combine(fragments().list().ofMaxSize(14), Arbitraries.of(" ", ""))
        .as((parts, separator) -> String.join(separator, parts));
  }

  /** A valid query with one span replaced by a fragment: errors deep inside real structure. */
  @Provide
  Arbitrary<String> damagedQueries() {
    return Combinators.combine(
            QueryArbitraries.expressions().map(QueryExpression::render),
            Arbitraries.integers().between(0, 400),
            Arbitraries.integers().between(0, 6),
            Arbitraries.oneOf(fragments(), Arbitraries.just("")))
        .as(
            (text, at, length, insert) -> {
              int from = Math.min(at, text.length());
              int to = Math.min(text.length(), from + length);
              return text.substring(0, from) + insert + text.substring(to);
            });
  }

  private static Arbitrary<String> fragments() {
    return Arbitraries.of(
        "attribute:stack",
        "attribute:",
        "task:group",
        "runningTasksCount",
        "registeredAt",
        "agentVersion",
        "agentConnected",
        "ec2InstanceId",
        "==",
        "!=",
        ">",
        ">=",
        "<=",
        "=~",
        "!~",
        "exists",
        "!exists",
        "in",
        "not_in",
        "!",
        "not",
        "and",
        "or",
        "&&",
        "||",
        "(",
        ")",
        "[",
        "]",
        ",",
        "'",
        "\"",
        "'a b'",
        "prod",
        "1.14.5",
        "2018-02-13",
        "0",
        "1.5",
        "true",
        "g2.*",
        "[a-",
        "=",
        "=>",
        "&",
        "#",
        " ",
        "\t");
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void renderedTextParsesBackToAnEqualExpression(@ForAll("expressions") QueryExpression e) {
    String text = e.render();
    Assume.that(text.length() <= QueryParser.MAX_LENGTH);

    QueryExpression parsed = QueryParser.parse(text);

    assertThat(parsed).isEqualTo(e);
    assertThat(parsed.render()).isEqualTo(text);
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void notNegatesOnEveryInstance(
      @ForAll("expressions") QueryExpression e, @ForAll("instances") InstanceFacts instance) {
    String text = "not(" + e.render() + ")";
    Assume.that(text.length() <= QueryParser.MAX_LENGTH);

    boolean matches = e.matches(instance);
    Statistics.collect(matches);

    assertThat(QueryParser.parse(text).matches(instance)).isEqualTo(!matches);
    // the generators must not make the property vacuous: both outcomes occur often
    Statistics.coverage(
        coverage -> {
          coverage.check(true).percentage(p -> p > 20);
          coverage.check(false).percentage(p -> p > 20);
        });
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void negativeOperatorsNegateTheirPositiveForm(
      @ForAll("conditions") QueryExpression condition,
      @ForAll("instances") InstanceFacts instance) {
    if (condition instanceof QueryExpression.Comparison c && c.operator().isNegative()) {
      var positive =
          new QueryExpression.Comparison(c.subject(), c.operator().positive(), c.argument());
      assertThat(c.matches(instance)).isEqualTo(!positive.matches(instance));
    } else if (condition instanceof QueryExpression.Exists x) {
      var opposite = new QueryExpression.Exists(x.subject(), !x.present());
      assertThat(x.matches(instance)).isEqualTo(!opposite.matches(instance));
    }
  }

  @Property(tries = 2000)
  void noiseFailsOnlyWithALocatedSyntaxError(@ForAll String text) {
    parsesOrFailsCleanly(text);
  }

  @Property(tries = 2000)
  void tokenSoupFailsOnlyWithALocatedSyntaxError(@ForAll("tokenSoup") String text) {
    parsesOrFailsCleanly(text);
  }

  @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
  void damagedQueriesFailOnlyWithALocatedSyntaxError(@ForAll("damagedQueries") String text) {
    parsesOrFailsCleanly(text);
  }

  /** Anything that parses is already in a form whose canonical text is a fixed point. */
  private static void parsesOrFailsCleanly(String text) {
    QueryExpression parsed;
    try {
      parsed = QueryParser.parse(text);
    } catch (QuerySyntaxException e) {
      assertThat(e.column()).as(e.getMessage()).isBetween(1, text.length() + 1);
      return;
    }
    assertThat(QueryParser.parse(parsed.render())).isEqualTo(parsed);
  }
}
