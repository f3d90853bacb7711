package dev.ecsim.query;

import java.util.List;
import java.util.Objects;

/**
 * A parsed ECS cluster query, the expression of a {@code memberOf} placement constraint (ECS DG:
 * cluster-query-language). Records only: an expression is immutable, compares by value, and its
 * {@link #render()} text parses back to an equal expression.
 *
 * <p>Evaluation follows AWS where it is documented and is an ecsim decision where it is not:
 *
 * <ul>
 *   <li>A subject has zero, one or several values on an instance: an absent attribute has none,
 *       {@code task:group} has one per task group on the instance. {@code ==}, {@code in}, {@code
 *       =~} and the ordering operators hold if ANY value satisfies them, so an absent attribute
 *       fails them all.
 *   <li>{@code !=}, {@code !in} and {@code !~} are exactly the negation of {@code ==}, {@code in}
 *       and {@code =~}. So {@code attribute:stack != prod} holds on an instance without the
 *       attribute, and {@code task:group != database} holds only when NO task on the instance is in
 *       group database (the anti-affinity AWS writes as {@code not(task:group == database)}).
 *   <li>{@code exists} holds when the subject has a value: the attribute is set, or (for {@code
 *       task:group}) the instance runs at least one task.
 *   <li>{@code ==} on text is string equality, as the AWS operator table says; ordering is
 *       described in {@link ValueOrder}; regexes must match the whole value.
 * </ul>
 */
public sealed interface QueryExpression
    permits QueryExpression.Comparison,
        QueryExpression.Exists,
        QueryExpression.Not,
        QueryExpression.And,
        QueryExpression.Or {

  boolean matches(InstanceFacts facts);

  /** Canonical text: symbol operators, {@code and}/{@code or}, {@code not(...)}, minimal parens. */
  String render();

  /** {@code subject operator argument} for every operator except {@code exists}/{@code !exists}. */
  record Comparison(Subject subject, Operator operator, Argument argument)
      implements QueryExpression {
    public Comparison {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(argument, "argument");
      if (operator.takes() == Operator.Takes.NOTHING) {
        throw new IllegalArgumentException("use Exists for " + operator.symbol());
      }
      if (!subject.validOperators().contains(operator)) {
        throw new IllegalArgumentException(
            operator.symbol() + " is not valid for " + subject.render());
      }
      if (argument.shape() != operator.takes()) {
        throw new IllegalArgumentException(
            operator.symbol() + " takes a " + operator.takes() + ", not a " + argument.shape());
      }
      List<Value> values =
          argument instanceof Argument.Single s
              ? List.of(s.value())
              : argument instanceof Argument.ValueList l ? l.values() : List.of();
      for (Value v : values) {
        if (!subject.valueKind().accepts(v)) {
          throw new IllegalArgumentException(
              subject.render() + " needs " + subject.valueKind().expectation() + ", not " + v);
        }
      }
    }

    @Override
    public boolean matches(InstanceFacts facts) {
      boolean positive = holdsForAny(subject.valuesOf(facts));
      return operator.isNegative() ? !positive : positive;
    }

    private boolean holdsForAny(List<Value> factValues) {
      for (Value fact : factValues) {
        if (holds(fact)) {
          return true;
        }
      }
      return false;
    }

    private boolean holds(Value fact) {
      if (argument instanceof Argument.Regex regex) {
        return regex.matches(fact.text());
      }
      if (argument instanceof Argument.ValueList list) {
        return list.values().contains(fact);
      }
      Value wanted = ((Argument.Single) argument).value();
      if (operator.positive() == Operator.EQUALS) {
        return fact.equals(wanted);
      }
      int c = ValueOrder.compare(subject.valueKind(), fact, wanted);
      return switch (operator) {
        case GREATER_THAN -> c > 0;
        case GREATER_THAN_EQUAL -> c >= 0;
        case LESS_THAN -> c < 0;
        case LESS_THAN_EQUAL -> c <= 0;
        default -> throw new IllegalStateException("not an ordering operator: " + operator);
      };
    }

    @Override
    public String render() {
      return subject.render() + " " + operator.symbol() + " " + argument.render();
    }
  }

  /** {@code subject exists} when {@code present}, {@code subject !exists} otherwise. */
  record Exists(Subject subject, boolean present) implements QueryExpression {
    public Exists {
      Objects.requireNonNull(subject, "subject");
      Operator op = present ? Operator.EXISTS : Operator.NOT_EXISTS;
      if (!subject.validOperators().contains(op)) {
        throw new IllegalArgumentException(op.symbol() + " is not valid for " + subject.render());
      }
    }

    @Override
    public boolean matches(InstanceFacts facts) {
      return subject.valuesOf(facts).isEmpty() != present;
    }

    @Override
    public String render() {
      return subject.render() + (present ? " exists" : " !exists");
    }
  }

  record Not(QueryExpression operand) implements QueryExpression {
    public Not {
      Objects.requireNonNull(operand, "operand");
    }

    @Override
    public boolean matches(InstanceFacts facts) {
      return !operand.matches(facts);
    }

    @Override
    public String render() {
      return "not(" + operand.render() + ")";
    }
  }

  /** {@code &&} binds tighter than {@code ||}; chains associate to the left. */
  record And(QueryExpression left, QueryExpression right) implements QueryExpression {
    public And {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public boolean matches(InstanceFacts facts) {
      return left.matches(facts) && right.matches(facts);
    }

    @Override
    public String render() {
      return grouped(left, left instanceof Or)
          + " and "
          + grouped(right, right instanceof Or || right instanceof And);
    }
  }

  record Or(QueryExpression left, QueryExpression right) implements QueryExpression {
    public Or {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public boolean matches(InstanceFacts facts) {
      return left.matches(facts) || right.matches(facts);
    }

    @Override
    public String render() {
      return left.render() + " or " + grouped(right, right instanceof Or);
    }
  }

  private static String grouped(QueryExpression e, boolean parenthesise) {
    return parenthesise ? "(" + e.render() + ")" : e.render();
  }
}
