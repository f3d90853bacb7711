package dev.ecsim.query;

import java.util.Optional;

/**
 * Resolves a subject or operator token to its meaning, or explains what is wrong with it: unknown
 * words get a "did you mean", operators AWS does not list for a subject name the ones it does.
 */
final class QueryVocabulary {
  static final String SUBJECTS =
      "agentConnected, agentVersion, attribute:NAME, ec2InstanceId, registeredAt,"
          + " runningTasksCount, task:group";

  private QueryVocabulary() {}

  static Subject subject(Token token) {
    String word = token.text();
    if (word.startsWith(Subject.Attribute.PREFIX)) {
      String name = word.substring(Subject.Attribute.PREFIX.length());
      int nameColumn = token.column() + Subject.Attribute.PREFIX.length();
      if (name.isEmpty()) {
        throw new QuerySyntaxException(nameColumn, "expected an attribute name after 'attribute:'");
      }
      if (!Subject.Attribute.isValidName(name)) {
        throw new QuerySyntaxException(
            nameColumn + firstBadNameChar(name),
            "attribute name '" + name + "' must be " + Subject.Attribute.NAME_RULE);
      }
      return new Subject.Attribute(name);
    }
    for (Subject.Field field : Subject.Field.values()) {
      if (field.render().equals(word)) {
        return field;
      }
    }
    throw QueryParser.error(
        token,
        "unknown subject '"
            + word
            + "'"
            + Suggestions.subject(word)
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("; valid: " + SUBJECTS));
  }

  private static int firstBadNameChar(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (!Subject.Attribute.isValidName(String.valueOf(name.charAt(i)))) {
        return i;
      }
    }
    return Math.min(name.length(), 128); // too long: point at the 129th character
  }

  static Operator operator(Token token, Subject subject) {
    boolean spelled = token.is(Token.Kind.WORD) || token.is(Token.Kind.OPERATOR);
    Optional<Operator> found = spelled ? Operator.fromSpelling(token.text()) : Optional.empty();
    if (found.isEmpty()) {
      String valid = "valid: " + Operator.symbolsOf(subject.validOperators());
      if (token.is(Token.Kind.WORD) || token.is(Token.Kind.UNKNOWN_SYMBOL)) {
        String hint =
            Suggestions.operator(token.text()).map(s -> "; did you mean '" + s + "'?").orElse("");
        throw QueryParser.error(
            token, "unknown operator '" + token.source() + "'" + hint + "; " + valid);
      }
      throw QueryParser.error(
          token,
          "expected an operator after '"
              + subject.render()
              + "', found "
              + token.describe()
              + "; "
              + valid);
    }
    Operator op = found.get();
    if (!subject.validOperators().contains(op)) {
      throw QueryParser.error(
          token,
          "operator '"
              + token.source()
              + "' is not valid for "
              + subject.render()
              + "; valid: "
              + Operator.symbolsOf(subject.validOperators()));
    }
    return op;
  }

  /** After {@code exists}, such a word means a missing 'and' rather than a stray argument. */
  static boolean isKeywordOrSubject(Token word) {
    return word.isWord("and")
        || word.isWord("or")
        || word.isWord("not")
        || word.text().startsWith(Subject.Attribute.PREFIX)
        || Suggestions.subject(word.text()).isPresent();
  }
}
