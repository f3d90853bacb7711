package dev.ecsim.query;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The order {@code > >= < <=} use. AWS calls these "greater than" etc. without saying how text is
 * ordered; ecsim decision: whole numbers and instants compare naturally, agent versions component
 * by component (so 1.9.0 &lt; 1.14.5, as the "agentVersion &lt; 1.14.5" example needs), and other
 * text numerically when both sides are decimal numbers, else lexicographically.
 */
final class ValueOrder {
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private ValueOrder() {}

  static int compare(ValueKind kind, Value fact, Value argument) {
    if (fact instanceof Value.WholeNumber a && argument instanceof Value.WholeNumber b) {
      return Long.compare(a.value(), b.value());
    }
    if (fact instanceof Value.Timestamp a && argument instanceof Value.Timestamp b) {
      return a.instant().compareTo(b.instant());
    }
    if (fact instanceof Value.Flag a && argument instanceof Value.Flag b) {
      return Boolean.compare(a.value(), b.value());
    }
    return kind == ValueKind.VERSION
        ? compareVersions(fact.text(), argument.text())
        : compareText(fact.text(), argument.text());
  }

  static int compareText(String a, String b) {
    if (DECIMAL.matcher(a).matches() && DECIMAL.matcher(b).matches()) {
      return new BigDecimal(a).compareTo(new BigDecimal(b));
    }
    return a.compareTo(b);
  }

  /**
   * Dotted versions, missing components counting as 0 (1.14 == 1.14.0). The instance's version
   * comes from the caller and may not be purely numeric; such components compare as text.
   */
  static int compareVersions(String a, String b) {
    String[] left = a.split("\\.", -1);
    String[] right = b.split("\\.", -1);
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      String x = i < left.length ? left[i] : "0";
      String y = i < right.length ? right[i] : "0";
      int c = compareComponent(x, y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int compareComponent(String x, String y) {
    if (DIGITS.matcher(x).matches() && DIGITS.matcher(y).matches()) {
      String a = stripLeadingZeros(x);
      String b = stripLeadingZeros(y);
      // arbitrary length without overflow: a longer digit string is the larger number
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    return x.compareTo(y);
  }

  private static String stripLeadingZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }
}
