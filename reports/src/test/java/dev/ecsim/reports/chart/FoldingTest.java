package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsim.reports.chart.Folding.Entry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FoldingTest {

  private static final Map<String, Double> COSTS =
      Map.of("a", 5.0, "b", 40.0, "c", 1.25, "d", 40.0, "e", 0.5, "f", 3.0);

  @Test
  void keepsTheLargestFirstTiesByNameAndSumsTheRest() {
    Folding.Folded folded = Folding.largest(COSTS, 3);

    // b and d tie at 40: by name. Then a (5). Folded: f 3 + c 1.25 + e 0.5 = 4.75.
    assertThat(folded.kept())
        .containsExactly(new Entry("b", 40), new Entry("d", 40), new Entry("a", 5));
    assertThat(folded.folded()).containsExactly("c", "e", "f");
    assertThat(folded.foldedSum()).isEqualTo(4.75);
  }

  @Test
  void foldingASingleEntryWouldHideItsNameForNothingSoAllAreKept() {
    // Six entries, keep five: the sixth would be "1 other".
    Folding.Folded folded = Folding.largest(COSTS, 5);

    assertThat(folded.kept()).extracting(Entry::name).containsExactly("b", "d", "a", "f", "c", "e");
    assertThat(folded.folded()).isEmpty();
    assertThat(folded.foldedSum()).isZero();
  }

  @Test
  void fourOfSixKeptFoldsTwo() {
    Folding.Folded folded = Folding.largest(COSTS, 4);

    assertThat(folded.kept()).extracting(Entry::name).containsExactly("b", "d", "a", "f");
    assertThat(folded.folded()).containsExactly("c", "e");
    assertThat(folded.foldedSum()).isEqualTo(1.75);
  }

  @Test
  void keepMustBePositive() {
    assertThatThrownBy(() -> Folding.largest(COSTS, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
