package dev.ecsim.query;

/**
 * One lexical unit of query text. {@code text} is the meaning (a string's content without quotes),
 * {@code source} the characters as written, {@code column} where they start (1-based).
 */
record Token(Kind kind, String text, String source, int column) {

  enum Kind {
    /** Subject, word operator, keyword ({@code and or not}) or bare value: the parser decides. */
    WORD,
    STRING,
    /** A symbolic comparison operator: {@code == != > >= < <= =~ !~ !exists !in}. */
    OPERATOR,
    BANG,
    AND,
    OR,
    LEFT_PAREN,
    RIGHT_PAREN,
    LEFT_BRACKET,
    RIGHT_BRACKET,
    COMMA,
    /**
     * A run of operator characters that spells nothing, such as {@code =>}; kept for the message.
     */
    UNKNOWN_SYMBOL,
    END
  }

  boolean is(Kind k) {
    return kind == k;
  }

  boolean isWord(String keyword) {
    return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
  }

  /**
   * How an error message names this token: {@code '=='}, {@code string 'a b'}, end of expression.
   */
  String describe() {
    return switch (kind) {
      case END -> "end of expression";
      case STRING -> "string " + source;
      default -> "'" + source + "'";
    };
  }
}
