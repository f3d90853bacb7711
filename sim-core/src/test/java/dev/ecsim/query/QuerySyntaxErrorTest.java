package dev.ecsim.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of mistake is reported at the column of the offending token, with a message that names
 * what was found and what was expected (STYLE.md: errors name the bad value and the valid choices).
 */
class QuerySyntaxErrorTest {

  static Stream<Arguments> mistakes() {
    return Stream.of(
        // misspelt subject: suggestion from the prefix
        bad(
            "atribute:stack exists",
            1,
            "unknown subject 'atribute:stack'; did you mean 'attribute:stack'?"),
        bad(
            "runningtaskscount == 0",
            1,
            "unknown subject 'runningtaskscount'; did you mean 'runningTasksCount'?"),
        bad("ecs.instance-type == t2.small", 1, "did you mean 'attribute:ecs.instance-type'?"),
        bad("attribute:bad*name exists", 14, "attribute name 'bad*name' must be 1-128 letters"),
        bad("attribute: exists", 11, "expected an attribute name after 'attribute:'"),
        // operators
        bad(
            "attribute:stack => 1",
            17,
            "unknown operator '=>'; did you mean '>='?; valid: ==, !=, >, >=, <, <=, exists,"
                + " !exists, in, !in, =~, !~"),
        bad("attribute:stack equal prod", 17, "unknown operator 'equal'; did you mean 'equals'?"),
        bad(
            "runningTasksCount =~ 1.*",
            19,
            "operator '=~' is not valid for runningTasksCount; valid: ==, !=, >, >=, <, <="),
        bad("agentVersion exists", 14, "operator 'exists' is not valid for agentVersion"),
        bad("task:group", 11, "expected an operator after 'task:group', found end of expression"),
        // arguments
        bad(
            "attribute:ecs.instance-type ==",
            31,
            "expected a value after '==', found end of expression"),
        bad(
            "attribute:ecs.availability-zone in us-east-1a",
            36,
            "'in' needs a list such as [a, b], found 'us-east-1a'"),
        bad("attribute:stack == [a, b]", 20, "'==' takes a single value, found '['; use 'in'"),
        bad("attribute:stack exists prod", 24, "'exists' takes no argument, found 'prod'"),
        bad(
            "attribute:az in [a, b",
            22,
            "expected ',' or ']' in the list opened at column 17, found end of expression"),
        bad("attribute:az in [a, ]", 21, "expected a value after ',', found ']'"),
        // typed arguments
        bad(
            "runningTasksCount == 1.5",
            22,
            "runningTasksCount needs a whole number like 0 or 12, found '1.5'"),
        bad("registeredAt < yesterday", 16, "registeredAt needs a date or instant"),
        bad("agentConnected == yes", 19, "agentConnected needs true or false, found 'yes'"),
        bad("agentVersion > latest", 16, "agentVersion needs a dotted version like 1.14.5"),
        bad(
            "attribute:ecs.instance-type =~ 'g2['",
            32,
            "invalid regular expression string 'g2[': missing closing ]"),
        // RE2 syntax: what needs backtracking is refused, so no pattern can run for ever
        bad(
            "attribute:stack =~ '(a)\\1'",
            20,
            "invalid regular expression string '(a)\\1'", "no backreferences or lookaround"),
        bad("attribute:stack =~ 'm5(?=.large)'", 20, "invalid regular expression"),
        // lexical
        bad("ec2InstanceId == 'i-abc", 18, "unterminated string"),
        bad("attribute:stack == a#b", 21, "unexpected character '#'"),
        // structure
        bad("", 1, "expected a subject (agentConnected, agentVersion, attribute:NAME,"),
        bad(
            "attribute:stack == prod and",
            28,
            "expected a subject (",
            "after 'and', found end of expression"),
        bad(
            "not(task:group == database",
            27,
            "expected ')' to close the '(' at column 4, found end of expression"),
        bad("task:group == database)", 23, "found ')' after the value database but no '(' is open"),
        bad(
            "attribute:ecs.instance-type == t2 small",
            35,
            "expected 'and', 'or' or end of expression after the value t2, found 'small';"
                + " quote values that contain spaces"),
        bad("(attribute:a exists attribute:b exists)", 21, "expected 'and', 'or' or ')'"),
        bad("attribute:a exists & attribute:b exists", 20, "found '&'"),
        bad("a".repeat(2001), 2001, "expression is 2001 characters; ECS allows at most 2000"),
        bad("(".repeat(101) + "attribute:a exists", 101, "nests deeper than 100 levels"));
  }

  private static Arguments bad(String expression, int column, String... fragments) {
    return Arguments.of(expression, column, fragments);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("mistakes")
  void reportsTheColumnOfTheBadToken(String expression, int column, String[] fragments) {
    String prefix = "column " + column + ": ";
    assertThatExceptionOfType(QuerySyntaxException.class)
        .isThrownBy(() -> QueryParser.parse(expression))
        .satisfies(
            e -> {
              assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
              assertThat(e.getMessage()).startsWith(prefix).contains(fragments);
              assertThat(e.detail()).isEqualTo(e.getMessage().substring(prefix.length()));
            });
  }
}
