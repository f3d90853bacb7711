package dev.ecsim.query;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The comparison operators of the cluster query language, each with its symbol and word form (ECS
 * DG: cluster-query-language, "Operator" table). The three negative forms {@code != !in !~} are
 * defined as the negation of their positive form, so they hold when the subject is absent.
 */
public enum Operator {
  EQUALS("==", "equals", Takes.VALUE),
  NOT_EQUALS("!=", "not_equals", Takes.VALUE),
  GREATER_THAN(">", "greater_than", Takes.VALUE),
  GREATER_THAN_EQUAL(">=", "greater_than_equal", Takes.VALUE),
  LESS_THAN("<", "less_than", Takes.VALUE),
  LESS_THAN_EQUAL("<=", "less_than_equal", Takes.VALUE),
  EXISTS("exists", "exists", Takes.NOTHING),
  NOT_EXISTS("!exists", "not_exists", Takes.NOTHING),
  IN("in", "in", Takes.LIST),
  NOT_IN("!in", "not_in", Takes.LIST),
  MATCHES("=~", "matches", Takes.REGEX),
  NOT_MATCHES("!~", "not_matches", Takes.REGEX);

  static final Set<Operator> ALL = Collections.unmodifiableSet(EnumSet.allOf(Operator.class));
  static final Set<Operator> EQUALITY_AND_MATCH =
      Collections.unmodifiableSet(EnumSet.of(EQUALS, NOT_EQUALS, IN, NOT_IN, MATCHES, NOT_MATCHES));
  static final Set<Operator> EQUALITY_AND_ORDER =
      Collections.unmodifiableSet(
          EnumSet.of(
              EQUALS, NOT_EQUALS, GREATER_THAN, GREATER_THAN_EQUAL, LESS_THAN, LESS_THAN_EQUAL));

  /** The shape of the argument after the operator. */
  public enum Takes {
    NOTHING,
    VALUE,
    LIST,
    REGEX
  }

  private final String symbol;
  private final String word;
  private final Takes takes;

  Operator(String symbol, String word, Takes takes) {
    this.symbol = symbol;
    this.word = word;
    this.takes = takes;
  }

  public String symbol() {
    return symbol;
  }

  public String word() {
    return word;
  }

  public Takes takes() {
    return takes;
  }

  public boolean isOrdering() {
    return this == GREATER_THAN
        || this == GREATER_THAN_EQUAL
        || this == LESS_THAN
        || this == LESS_THAN_EQUAL;
  }

  /** True for {@code != !in !~ !exists}, which evaluate as the negation of {@link #positive()}. */
  public boolean isNegative() {
    return positive() != this;
  }

  public Operator positive() {
    return switch (this) {
      case NOT_EQUALS -> EQUALS;
      case NOT_IN -> IN;
      case NOT_MATCHES -> MATCHES;
      case NOT_EXISTS -> EXISTS;
      default -> this;
    };
  }

  /**
   * Symbol ({@code ==}, {@code !exists}) or word form ({@code not_equals}), the words in any case.
   */
  public static Optional<Operator> fromSpelling(String spelling) {
    String lower = spelling.toLowerCase(Locale.ROOT);
    for (Operator op : values()) {
      if (op.symbol.equals(lower) || op.word.equals(lower)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  static String symbolsOf(Iterable<Operator> operators) {
    StringBuilder out = new StringBuilder();
    for (Operator op : operators) {
      out.append(out.length() == 0 ? "" : ", ").append(op.symbol);
    }
    return out.toString();
  }
}
