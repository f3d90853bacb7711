package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import org.junit.jupiter.api.Test;

class ChartStyleTest {

  private final ChartStyle style = ChartStyle.standard();

  @Test
  void paletteCyclesForAnyNumberOfSeries() {
    int n = style.palette().size();

    assertThat(style.color(0)).isEqualTo(ChartStyle.OKABE_ITO.get(0));
    assertThat(style.color(n)).isEqualTo(style.color(0));
    assertThat(style.color(3 * n + 2)).isEqualTo(style.color(2));
  }

  @Test
  void theSecondPassThroughThePaletteIsDashedSoSeriesStayDistinct() {
    int n = style.palette().size();

    assertThat(((BasicStroke) style.stroke(0)).getDashArray()).isNull();
    assertThat(((BasicStroke) style.stroke(n - 1)).getDashArray()).isNull();
    assertThat(((BasicStroke) style.stroke(n)).getDashArray()).isNotNull();
    assertThat(style.stroke(n)).isNotEqualTo(style.stroke(2 * n));
  }
}
