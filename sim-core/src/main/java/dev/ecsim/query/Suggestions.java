package dev.ecsim.query;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for misspelt subjects and operators, so an error names the likely fix. */
final class Suggestions {
  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

  /** Operator characters people type from other languages. */
  private static final Map<String, String> SYMBOL_FIXES =
      Map.of("=", "==", "=>", ">=", "=<", "<=", "~", "=~", "~=", "=~", "&", "&&", "|", "||");

  private Suggestions() {}

  static Optional<String> subject(String word) {
    for (Subject.Field f : Subject.Field.values()) {
      if (close(word, f.render())) {
        return Optional.of(f.render());
      }
    }
    int colon = word.indexOf(':');
    if (colon > 0 && close(word.substring(0, colon), "attribute")) {
      return Optional.of(Subject.Attribute.PREFIX + word.substring(colon + 1));
    }
    if (word.startsWith("ecs.") && Subject.Attribute.isValidName(word)) {
      // a built-in attribute named without its prefix: ecs.instance-type
      return Optional.of(Subject.Attribute.PREFIX + word);
    }
    return Optional.empty();
  }

  static Optional<String> operator(String spelling) {
    if (SYMBOL_FIXES.containsKey(spelling)) {
      return Optional.of(SYMBOL_FIXES.get(spelling));
    }
    for (Operator op : Operator.values()) {
      if (close(spelling, op.word())) {
        return Optional.of(op.word());
      }
    }
    return Optional.empty();
  }

  private static boolean close(String typed, String known) {
    String a = typed.toLowerCase(Locale.ROOT);
    String b = known.toLowerCase(Locale.ROOT);
    int limit = b.length() <= 4 ? 1 : 2;
    int d = DISTANCE.apply(a, b);
    return d >= 0 && d <= limit;
  }
}
