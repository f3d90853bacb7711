package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsim.reports.sweep.Sweep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCostChartTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A summary with a total cost and its half-width. */
  private static ObjectNode cost(double usd, double half) {
    ObjectNode s = JSON.createObjectNode();
    s.putObject("cost").put("totalUsd", usd);
    s.putObject("ci95HalfWidth").putObject("cost").put("totalUsd", half);
    return s;
  }

  /** Two parameters a in {a0, a1} and b in {b0, b1, b2}; cost = 10 a + b, half-width 1 everywhere. */
  private static Sweep twoByThree() {
    List<Sweep.Point> points = new ArrayList<>();
    for (int a = 0; a < 2; a++) {
      for (int b = 0; b < 3; b++) {
        points.add(new Sweep.Point(List.of(a, b), cost(10 * a + b, 1)));
      }
    }
    return new Sweep(List.of(new Sweep.Parameter("a", List.of("a0", "a1")),
        new Sweep.Parameter("b", List.of("b0", "b1", "b2"))), 3, points);
  }

  @Test
  void withTwoParametersOneLinePerValueOfTheOther() {
    List<SweepCostChart.Line> lines = SweepCostChart.lines(twoByThree(), 1);

    assertThat(lines).extracting(SweepCostChart.Line::label).containsExactly("a = a0", "a = a1");
    assertThat(lines.get(1).estimates()).extracting(SweepCostChart.Estimate::mean).containsExactly(10.0, 11.0, 12.0);
    assertThat(lines.get(1).estimates()).extracting(SweepCostChart.Estimate::halfWidth).containsOnly(1.0);
    assertThat(SweepCostChart.title(twoByThree(), 1)).contains("one line per a").contains("3 replications");
  }

  @Test
  void withThreeParametersOneLineAveragedOverTheOthers() {
    List<Sweep.Point> points = new ArrayList<>();
    for (Sweep.Point p : twoByThree().points()) {
      for (int c = 0; c < 2; c++) {
        List<Integer> idx = new ArrayList<>(p.valueIndexes());
        idx.add(c);
        points.add(new Sweep.Point(idx, cost(p.summary().at("/cost/totalUsd").asDouble() + 100 * c, 1)));
      }
    }
    List<Sweep.Parameter> params = new ArrayList<>(twoByThree().parameters());
    params.add(new Sweep.Parameter("c", List.of("c0", "c1")));
    Sweep sweep = new Sweep(params, 3, points);

    List<SweepCostChart.Line> lines = SweepCostChart.lines(sweep, 0);

    assertThat(lines).hasSize(1);
    // a0: mean of b in {0,1,2} and c in {0,100} = 1 + 50; a1: 61. Six independent half-widths of 1:
    // sqrt(6) / 6.
    assertThat(lines.get(0).estimates()).extracting(SweepCostChart.Estimate::mean).containsExactly(51.0, 61.0);
    assertThat(lines.get(0).estimates().get(0).halfWidth()).isCloseTo(Math.sqrt(6) / 6, within(1e-12));
    assertThat(SweepCostChart.title(sweep, 0)).contains("averaged over the other parameters");
  }

  @Test
  void rendersToPngAndSvg(@TempDir Path dir) throws Exception {
    Sweep sweep = twoByThree();
    ChartStyle style = ChartStyle.standard();
    ChartFiles.write(SweepCostChart.build(sweep, 0, style), style, dir, SweepCostChart.fileName(sweep, 0));

    assertThat(SweepCostChart.fileName(sweep, 0)).isEqualTo("cost-by-a");
    assertThat(dir.resolve("cost-by-a.png")).isNotEmptyFile();
    assertThat(Files.readString(dir.resolve("cost-by-a.svg"))).contains("<svg").contains("</svg>");
  }
}
