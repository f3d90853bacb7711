package dev.ecsim.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class RegexArgumentProperties {

  /**
   * The remembered answers are the regex's own, asked once or many times, and past the memo's
   * limit too (more distinct values than it keeps).
   */
  @Property(tries = 50)
  void aRememberedAnswerIsTheRegexsOwn(
      @ForAll @Size(min = 1, max = 1_500) List<@AlphaChars @NumericChars @StringLength(max = 6) String> values) {
    Pattern pattern = Pattern.compile("m5.*|[a-c]+\\d");
    Argument.Regex regex = new Argument.Regex(pattern);
    for (int round = 0; round < 2; round++) {
      for (String value : values) {
        assertThat(regex.matches(value)).as(value).isEqualTo(pattern.matcher(value).matches());
      }
    }
  }
}
