package dev.ecsim.query;

import java.util.Locale;

/**
 * Splits query text into tokens on demand, so the parser reports the first error in reading order.
 * Context-free: whether a word is a subject, an operator or a value is the parser's call.
 */
final class QueryLexer {
  private static final String OPERATOR_CHARS = "=!<>~&|";

  private final String text;
  private int pos;

  QueryLexer(String text) {
    this.text = text;
  }

  Token next() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    int start = pos;
    if (pos >= text.length()) {
      return new Token(Token.Kind.END, "", "", text.length() + 1);
    }
    char c = text.charAt(pos);
    return switch (c) {
      case '(' -> single(Token.Kind.LEFT_PAREN);
      case ')' -> single(Token.Kind.RIGHT_PAREN);
      case '[' -> single(Token.Kind.LEFT_BRACKET);
      case ']' -> single(Token.Kind.RIGHT_BRACKET);
      case ',' -> single(Token.Kind.COMMA);
      case '\'', '"' -> string(c);
      default -> {
        if (Literals.isWordChar(c)) {
          yield word();
        }
        if (OPERATOR_CHARS.indexOf(c) >= 0) {
          yield symbol();
        }
        throw new QuerySyntaxException(
            start + 1, "unexpected character " + quoteChar(c) + "; quote values that contain it");
      }
    };
  }

  private Token single(Token.Kind kind) {
    pos++;
    return token(kind, text.substring(pos - 1, pos), pos - 1);
  }

  private Token word() {
    int start = pos;
    while (pos < text.length() && Literals.isWordChar(text.charAt(pos))) {
      pos++;
    }
    return token(Token.Kind.WORD, text.substring(start, pos), start);
  }

  /** Quoted text; a doubled quote stands for itself, as in {@code 'it''s'} (see Literals). */
  private Token string(char quote) {
    int start = pos++;
    StringBuilder content = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c != quote) {
        content.append(c);
      } else if (pos < text.length() && text.charAt(pos) == quote) {
        content.append(quote);
        pos++;
      } else {
        return new Token(
            Token.Kind.STRING, content.toString(), text.substring(start, pos), start + 1);
      }
    }
    throw new QuerySyntaxException(
        start + 1, "unterminated string: no closing " + quote + " after the one at this column");
  }

  private Token symbol() {
    int start = pos;
    for (String op : new String[] {"&&", "||", "==", "!=", ">=", "<=", "=~", "!~", ">", "<"}) {
      if (text.startsWith(op, pos)) {
        pos += op.length();
        Token.Kind kind =
            op.equals("&&")
                ? Token.Kind.AND
                : op.equals("||") ? Token.Kind.OR : Token.Kind.OPERATOR;
        return token(kind, op, start);
      }
    }
    if (text.charAt(pos) == '!') {
      return bang();
    }
    while (pos < text.length() && OPERATOR_CHARS.indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    return token(Token.Kind.UNKNOWN_SYMBOL, text.substring(start, pos), start);
  }

  /** {@code !exists} and {@code !in} are operators; any other {@code !} is negation. */
  private Token bang() {
    int start = pos++;
    int end = pos;
    while (end < text.length() && Literals.isWordChar(text.charAt(end))) {
      end++;
    }
    String word = text.substring(pos, end).toLowerCase(Locale.ROOT);
    if (word.equals("exists") || word.equals("in")) {
      pos = end;
      return new Token(Token.Kind.OPERATOR, "!" + word, text.substring(start, end), start + 1);
    }
    return token(Token.Kind.BANG, "!", start);
  }

  private Token token(Token.Kind kind, String source, int start) {
    return new Token(kind, source, source, start + 1);
  }

  private static String quoteChar(char c) {
    return Character.isISOControl(c) || Character.isWhitespace(c)
        ? String.format("U+%04X", (int) c)
        : "'" + c + "'";
  }
}
