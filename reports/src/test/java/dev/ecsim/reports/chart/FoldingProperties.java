package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class FoldingProperties {

  @Property
  void theKeptAndTheFoldedSumIsTheSumOfAllAndEveryNameIsInExactlyOne(
      @ForAll @Size(max = 40)
          Map<@AlphaChars @StringLength(min = 1, max = 6) String, @DoubleRange(min = 0, max = 1e6) Double>
              values,
      @ForAll @IntRange(min = 1, max = 20) int keep) {
    Folding.Folded folded = Folding.largest(values, keep);

    double all = values.values().stream().mapToDouble(Double::doubleValue).sum();
    double shown = folded.kept().stream().mapToDouble(Folding.Entry::value).sum();
    assertThat(shown + folded.foldedSum()).isCloseTo(all, within(1e-9 * Math.max(1, all)));
    Set<String> names = new HashSet<>(folded.folded());
    folded.kept().forEach(e -> assertThat(names.add(e.name())).isTrue());
    assertThat(names).isEqualTo(values.keySet());
  }

  @Property
  void keptAreAtMostKeepUnlessOnlyOneWouldFoldAndNoneFoldedIsLargerThanAKeptOne(
      @ForAll @Size(max = 40)
          Map<@AlphaChars @StringLength(min = 1, max = 6) String, @DoubleRange(min = -10, max = 1e6) Double>
              values,
      @ForAll @IntRange(min = 1, max = 20) int keep) {
    Folding.Folded folded = Folding.largest(values, keep);

    if (values.size() <= keep + 1) {
      assertThat(folded.kept()).hasSize(values.size());
    } else {
      assertThat(folded.kept()).hasSize(keep);
      assertThat(folded.folded()).hasSizeGreaterThanOrEqualTo(2);
    }
    for (int i = 1; i < folded.kept().size(); i++) {
      assertThat(folded.kept().get(i).value()).isLessThanOrEqualTo(folded.kept().get(i - 1).value());
    }
    double smallestKept =
        folded.kept().stream().mapToDouble(Folding.Entry::value).min().orElse(Double.MAX_VALUE);
    folded.folded().forEach(name -> assertThat(values.get(name)).isLessThanOrEqualTo(smallestKept));
  }
}
