package dev.ecsim.query;

/**
 * The spelling of values in query text: which characters may stand bare and how anything else is
 * quoted. Shared by the lexer and the renderer so that rendered text always lexes back to the same
 * value.
 */
final class Literals {
  private Literals() {}

  /**
   * Bare-word characters. AWS allows attribute names and values made of letters, digits and {@code
   * . - _ / \ : @} (ECS DG: task-placement-constraints, "Attributes"); {@code *} and {@code + ? ^
   * $} let simple regexes ({@code g2.*}) and offsets ({@code +00:00}) stand unquoted.
   */
  static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || ".-_*/:\\+?^$@".indexOf(c) >= 0;
  }

  static boolean isBareWord(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isWordChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text bare when it can be, else quoted. AWS documents no escape inside quotes, so we pick
   * the quote the text does not contain and, only when it contains both, double the single quote
   * (SQL style), which never clashes with regex backslashes.
   */
  static String render(String text) {
    if (isBareWord(text)) {
      return text;
    }
    if (text.indexOf('\'') < 0) {
      return "'" + text + "'";
    }
    if (text.indexOf('"') < 0) {
      return "\"" + text + "\"";
    }
    return "'" + text.replace("'", "''") + "'";
  }
}
