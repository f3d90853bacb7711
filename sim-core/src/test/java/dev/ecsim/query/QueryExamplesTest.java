package dev.ecsim.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.query.QueryExpression.And;
import dev.ecsim.query.QueryExpression.Comparison;
import dev.ecsim.query.QueryExpression.Exists;
import dev.ecsim.query.QueryExpression.Or;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The expressions of the AWS page (ECS DG: cluster-query-language, "Example expressions") and the
 * ecsim decisions around them, on three instances chosen so that every row tells them apart.
 */
class QueryExamplesTest {

  static final FakeInstance SMALL =
      new FakeInstance(
          Map.of(
              "ecs.instance-type", "t2.small",
              "ecs.availability-zone", "us-east-1a",
              "stack", "prod",
              "weight", "9"),
          "i-abcd1234",
          0,
          true,
          "1.14.4",
          Instant.parse("2018-01-15T10:00:00Z"),
          Set.of());

  static final FakeInstance GPU_D =
      new FakeInstance(
          Map.of(
              "ecs.instance-type", "g2.2xlarge",
              "ecs.availability-zone", "us-east-1d",
              "weight", "10"),
          "i-wxyx7890",
          1,
          true,
          "1.28.1",
          Instant.parse("2018-03-01T00:00:00Z"),
          Set.of("service:production"));

  static final FakeInstance GPU_B =
      new FakeInstance(
          Map.of(
              "ecs.instance-type", "g2.8xlarge",
              "ecs.availability-zone", "us-east-1b",
              "stack", "test",
              "weight", "heavy"),
          "i-0123456789abcdef0",
          2,
          false,
          "1.14.5",
          Instant.parse("2016-09-30T23:59:59Z"),
          Set.of("database", "family:web"));

  static Stream<Arguments> examples() {
    return Stream.of(
        // the AWS examples
        row("attribute:ecs.instance-type == t2.small", true, false, false),
        row("attribute:ecs.availability-zone in [us-east-1a, us-east-1b]", true, false, true),
        row("attribute:ecs.instance-type =~ g2.*", false, true, true),
        row("attribute:ecs.instance-type !~ t2.*", false, true, true),
        row(
            "attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d",
            false,
            false,
            true),
        row("task:group == service:production", false, true, false),
        row("not(task:group == database)", true, true, false),
        row("runningTasksCount == 0", true, false, false),
        row("runningTasksCount == 1", false, true, false),
        row("agentVersion < 1.14.5", true, false, false),
        row("agentVersion >= 1.28.1", false, true, false),
        row("registeredAt < 2018-02-13", true, false, true),
        row("registeredAt < 2016-10-01T00:00:00Z", false, false, true),
        row("registeredAt >= 2018-03-01T01:00:00+01:00", false, true, false),
        row("ec2InstanceId in ['i-abcd1234', 'i-wxyx7890']", true, true, false),
        row("attribute:stack exists", true, false, true),
        row("attribute:stack !exists", false, true, false),
        // ecsim decisions: negative operators negate the positive form; task:group is ANY-of
        row("task:group != database", true, true, false),
        row("attribute:stack != prod", false, true, true),
        row("attribute:stack !in [prod, test]", false, true, false),
        row("attribute:stack =~ .*", true, false, true),
        row("task:group =~ family:.*", false, false, true),
        row("task:group exists", false, true, true),
        row("agentConnected == false", false, false, true),
        // numeric when both sides are numbers ("9" < "9.5" < "10"), else lexicographic ("heavy")
        row("attribute:weight > 9.5", false, true, true),
        // && binds tighter than ||: stack exists || (group exists && count > 1)
        row(
            "attribute:stack exists || task:group exists && runningTasksCount > 1",
            true,
            false,
            true),
        row(
            "(attribute:stack exists or task:group exists) and runningTasksCount > 1",
            false,
            false,
            true),
        // word operators are case-insensitive; lists may use parentheses
        row("attribute:ecs.instance-type EQUALS t2.small", true, false, false),
        row("attribute:ecs.availability-zone not_in (us-east-1a, us-east-1b)", false, true, false),
        row("attribute:stack NOT_EXISTS or ! runningTasksCount <= 1", false, true, true));
  }

  private static Arguments row(String expression, boolean small, boolean gpuD, boolean gpuB) {
    return Arguments.of(expression, small, gpuD, gpuB);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void documentedExamplesSelectTheExpectedInstances(
      String expression, boolean small, boolean gpuD, boolean gpuB) {
    QueryExpression query = QueryParser.parse(expression);

    assertThat(query.matches(SMALL)).as("t2.small in us-east-1a").isEqualTo(small);
    assertThat(query.matches(GPU_D)).as("g2.2xlarge in us-east-1d").isEqualTo(gpuD);
    assertThat(query.matches(GPU_B)).as("g2.8xlarge in us-east-1b").isEqualTo(gpuB);
    assertThat(QueryParser.parse(query.render())).isEqualTo(query);
  }

  @Test
  void andBindsTighterThanOrAndChainsAssociateLeft() {
    QueryExpression a = QueryParser.parse("attribute:a exists");
    QueryExpression b = QueryParser.parse("attribute:b exists");
    QueryExpression c = QueryParser.parse("attribute:c exists");

    assertThat(QueryParser.parse("attribute:a exists or attribute:b exists && attribute:c exists"))
        .isEqualTo(new Or(a, new And(b, c)));
    assertThat(
            QueryParser.parse("attribute:a exists and attribute:b exists and attribute:c exists"))
        .isEqualTo(new And(new And(a, b), c));
  }

  @Test
  void argumentsAreTypedBySubject() {
    assertThat(QueryParser.parse("runningTasksCount >= '2'"))
        .isEqualTo(
            new Comparison(
                Subject.Field.RUNNING_TASKS_COUNT,
                Operator.GREATER_THAN_EQUAL,
                new Argument.Single(new Value.WholeNumber(2))));
    assertThat(QueryParser.parse("registeredAt == 2018-06-18T22:28:28"))
        .isEqualTo(QueryParser.parse("registeredAt == '2018-06-18T22:28:28+00:00'"));
    assertThat(QueryParser.parse("agentConnected == TRUE"))
        .isEqualTo(QueryParser.parse("agentConnected equals true"));
    assertThat(QueryParser.parse("attribute:stack !exists"))
        .isEqualTo(new Exists(new Subject.Attribute("stack"), false));
  }

  @Test
  void renderIsCanonical() {
    assertThat(QueryParser.parse("NOT ( task:group EQUALS database )").render())
        .isEqualTo("not(task:group == database)");
    assertThat(QueryParser.parse("ec2InstanceId in (\"i-1\", 'it''s')").render())
        .isEqualTo("ec2InstanceId in [i-1, \"it's\"]");
    assertThat(QueryParser.parse("registeredAt < 2018-02-13").render())
        .isEqualTo("registeredAt < 2018-02-13T00:00:00Z");
  }

  @Test
  void regexesMatchTheWholeValueAndAreCompiledOnce() {
    QueryExpression query = QueryParser.parse("attribute:ecs.instance-type =~ 2x");
    assertThat(query.matches(GPU_D)).as("2x occurs in g2.2xlarge but is not all of it").isFalse();

    Argument.Regex regex =
        (Argument.Regex) ((Comparison) QueryParser.parse("ec2InstanceId =~ i-.*")).argument();
    assertThat(regex.pattern().pattern()).isEqualTo("i-.*");
  }
}
