package dev.ecsim.query;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Recursive-descent parser for the ECS cluster query language (ECS DG: cluster-query-language).
 * Grammar, lowest precedence first ({@code &&} binds tighter than {@code ||}, as usual):
 *
 * <pre>
 * or        := and (('||' | 'or') and)*
 * and       := unary (('&amp;&amp;' | 'and') unary)*
 * unary     := ('!' | 'not') unary | '(' or ')' | condition
 * condition := subject operator [argument]
 * argument  := value | ('[' | '(') value (',' value)* (']' | ')') | regex
 * </pre>
 *
 * Operators and arguments are checked against the subject here rather than during evaluation, so a
 * scenario with a bad expression fails when it loads, at the column of the offending token.
 */
public final class QueryParser {
  /**
   * ECS API: PlacementConstraint, "The expression can have a maximum length of 2000 characters".
   */
  public static final int MAX_LENGTH = 2000;

  /** Guards the recursion; no real constraint nests anywhere near this deep. */
  static final int MAX_NESTING = 100;

  private final QueryLexer lexer;
  private Token current;
  private Optional<Token> previous = Optional.empty();
  private int nesting;
  private int openParens;

  private QueryParser(String text) {
    this.lexer = new QueryLexer(text);
    this.current = lexer.next();
  }

  /** Parses one expression, or throws {@link QuerySyntaxException} at the first error. */
  public static QueryExpression parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      throw new QuerySyntaxException(
          MAX_LENGTH + 1,
          "expression is " + text.length() + " characters; ECS allows at most " + MAX_LENGTH);
    }
    QueryParser parser = new QueryParser(text);
    QueryExpression expression = parser.or();
    if (!parser.current.is(Token.Kind.END)) {
      // checkFollow admits only and/or, an open group's ')' or the end; or() consumes the first two
      throw new IllegalStateException("parser stopped at column " + parser.current.column());
    }
    return expression;
  }

  private QueryExpression or() {
    QueryExpression left = and();
    while (current.is(Token.Kind.OR) || current.isWord("or")) {
      advance();
      left = new QueryExpression.Or(left, and());
    }
    return left;
  }

  private QueryExpression and() {
    QueryExpression left = unary();
    while (current.is(Token.Kind.AND) || current.isWord("and")) {
      advance();
      left = new QueryExpression.And(left, unary());
    }
    return left;
  }

  private QueryExpression unary() {
    Token start = current;
    if (start.is(Token.Kind.BANG) || start.isWord("not")) {
      advance();
      enter(start);
      QueryExpression operand = unary();
      nesting--;
      return new QueryExpression.Not(operand);
    }
    if (start.is(Token.Kind.LEFT_PAREN)) {
      advance();
      enter(start);
      openParens++;
      QueryExpression inner = or();
      if (!current.is(Token.Kind.RIGHT_PAREN)) {
        throw error(
            current,
            "expected ')' to close the '(' at column "
                + start.column()
                + ", found "
                + current.describe());
      }
      openParens--;
      nesting--;
      advance();
      checkFollow("')'", false);
      return inner;
    }
    return condition();
  }

  private QueryExpression condition() {
    Token subjectToken = current;
    if (!subjectToken.is(Token.Kind.WORD)
        || subjectToken.isWord("and")
        || subjectToken.isWord("or")) {
      String after = previous.map(p -> " after '" + p.source() + "'").orElse("");
      throw error(
          subjectToken,
          "expected a subject ("
              + QueryVocabulary.SUBJECTS
              + ")"
              + after
              + ", found "
              + subjectToken.describe());
    }
    Subject subject = QueryVocabulary.subject(subjectToken);
    advance();
    Token operatorToken = current;
    Operator operator = QueryVocabulary.operator(operatorToken, subject);
    advance();
    return switch (operator.takes()) {
      case NOTHING -> {
        if (current.is(Token.Kind.WORD) && !QueryVocabulary.isKeywordOrSubject(current)
            || current.is(Token.Kind.STRING)
            || current.is(Token.Kind.LEFT_BRACKET)) {
          throw error(
              current,
              "'" + operatorToken.source() + "' takes no argument, found " + current.describe());
        }
        checkFollow("'" + operatorToken.source() + "'", false);
        yield new QueryExpression.Exists(subject, operator == Operator.EXISTS);
      }
      case VALUE -> {
        if (current.is(Token.Kind.LEFT_BRACKET)) {
          throw error(
              current,
              "'"
                  + operatorToken.source()
                  + "' takes a single value, found '['; use 'in' for a list");
        }
        Token valueToken = current;
        Value value = literal(subject, operatorToken);
        checkFollow("the value " + valueToken.source(), true);
        yield new QueryExpression.Comparison(subject, operator, new Argument.Single(value));
      }
      case LIST -> {
        Argument list = list(subject, operatorToken);
        checkFollow("the list", false);
        yield new QueryExpression.Comparison(subject, operator, list);
      }
      case REGEX -> {
        Argument regex = regex(operatorToken);
        checkFollow("the regular expression", true);
        yield new QueryExpression.Comparison(subject, operator, regex);
      }
    };
  }

  /** One value, read as the subject's kind: a whole number for runningTasksCount and so on. */
  private Value literal(Subject subject, Token after) {
    Token token = current;
    if (!token.is(Token.Kind.WORD) && !token.is(Token.Kind.STRING)) {
      throw error(
          token, "expected a value after '" + after.source() + "', found " + token.describe());
    }
    ValueKind kind = subject.valueKind();
    Value value =
        kind.parse(token.text())
            .orElseThrow(
                () ->
                    error(
                        token,
                        subject.render()
                            + " needs "
                            + kind.expectation()
                            + ", found "
                            + token.describe()));
    advance();
    return value;
  }

  /** {@code [a, b]} as AWS documents it; ecsim decision: {@code (a, b)} is read as a list too. */
  private Argument list(Subject subject, Token operatorToken) {
    Token open = current;
    Token.Kind close;
    if (open.is(Token.Kind.LEFT_BRACKET)) {
      close = Token.Kind.RIGHT_BRACKET;
    } else if (open.is(Token.Kind.LEFT_PAREN)) {
      close = Token.Kind.RIGHT_PAREN;
    } else {
      throw error(
          open,
          "'" + operatorToken.source() + "' needs a list such as [a, b], found " + open.describe());
    }
    String closeText = close == Token.Kind.RIGHT_BRACKET ? "]" : ")";
    advance();
    List<Value> values = new ArrayList<>();
    values.add(literal(subject, open));
    while (!current.is(close)) {
      if (!current.is(Token.Kind.COMMA)) {
        throw error(
            current,
            "expected ',' or '"
                + closeText
                + "' in the list opened at column "
                + open.column()
                + ", found "
                + current.describe());
      }
      Token comma = current;
      advance();
      values.add(literal(subject, comma));
    }
    advance();
    return new Argument.ValueList(values);
  }

  /** Compiled here, once, so evaluation never compiles and a bad pattern fails at load time. */
  private Argument regex(Token operatorToken) {
    Token token = current;
    if (!token.is(Token.Kind.WORD) && !token.is(Token.Kind.STRING)) {
      throw error(
          token,
          "expected a regular expression after '"
              + operatorToken.source()
              + "', found "
              + token.describe());
    }
    try {
      Pattern pattern = Pattern.compile(token.text());
      advance();
      return new Argument.Regex(pattern);
    } catch (PatternSyntaxException e) {
      // RE2 syntax: what Java's regexes add is backreferences and lookaround, which need
      // backtracking, and backtracking is what lets a pattern run for ever.
      throw error(
          token, "invalid regular expression " + token.describe() + ": " + e.getDescription()
              + " (RE2 syntax, matched in linear time: no backreferences or lookaround)");
    }
  }

  /**
   * What may follow a complete condition or group: and, or, a ')' that is open, or the end. A word
   * right after a value is most likely the rest of a value with spaces, hence the hint.
   */
  private void checkFollow(String after, boolean afterValue) {
    if (current.is(Token.Kind.AND)
        || current.is(Token.Kind.OR)
        || current.is(Token.Kind.END)
        || current.isWord("and")
        || current.isWord("or")
        || (current.is(Token.Kind.RIGHT_PAREN) && openParens > 0)) {
      return;
    }
    if (current.is(Token.Kind.RIGHT_PAREN)) {
      throw error(current, "found ')' after " + after + " but no '(' is open");
    }
    String expected = openParens > 0 ? "'and', 'or' or ')'" : "'and', 'or' or end of expression";
    String hint =
        afterValue && (current.is(Token.Kind.WORD) || current.is(Token.Kind.STRING))
            ? "; quote values that contain spaces"
            : "";
    throw error(
        current,
        "expected " + expected + " after " + after + ", found " + current.describe() + hint);
  }

  private void enter(Token token) {
    if (++nesting > MAX_NESTING) {
      throw error(token, "expression nests deeper than " + MAX_NESTING + " levels");
    }
  }

  private void advance() {
    previous = Optional.of(current);
    current = lexer.next();
  }

  static QuerySyntaxException error(Token token, String detail) {
    return new QuerySyntaxException(token.column(), detail);
  }
}
