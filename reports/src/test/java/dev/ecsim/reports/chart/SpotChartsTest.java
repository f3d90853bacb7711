package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.reports.Fixtures;
import java.awt.Stroke;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spot interruption markers drawn for a real run ({@link SpotMarkersTest#realRun}): on the
 * instances chart (notices and the terminations they announced, in the provider's colour) and on
 * the service charts (the notices that hit the service's tasks), rendered to PNG and SVG.
 */
class SpotChartsTest {
  private static final double HOUR = 3_600_000.0;
  private final ChartStyle style = ChartStyle.standard();

  @TempDir static Path dir;
  private static RunResult run;

  @BeforeAll
  static void simulate() throws Exception {
    run = SpotMarkersTest.realRun();
  }

  private static List<ValueMarker> domainMarkers(XYPlot plot) {
    Collection<?> markers = plot.getDomainMarkers(Layer.BACKGROUND);
    List<ValueMarker> values = new ArrayList<>();
    if (markers != null) {
      for (Object marker : markers) {
        values.add((ValueMarker) marker);
      }
    }
    return values;
  }

  private static List<String> legend(XYPlot plot) {
    List<String> labels = new ArrayList<>();
    LegendItemCollection items = plot.getLegendItems();
    for (int i = 0; i < items.getItemCount(); i++) {
      labels.add(items.get(i).getLabel());
    }
    return labels;
  }

  private static Charts.Drawn service(String name) {
    return Charts.SERVICE.draw(run, ChartStyle.standard()).stream()
        .filter(d -> d.fileName().equals("service-" + name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theInstancesChartMarksNoticesDashedAndTerminationsSolidInTheProvidersColour() {
    XYPlot plot = Charts.INSTANCES.build(run, style).orElseThrow().getXYPlot();

    // Notices at 10 and 30 min (dashed), terminations 120 s later (solid).
    Stroke dashed = style.eventLine(0, style.color(0), true).getStroke();
    Stroke solid = style.eventLine(0, style.color(0), false).getStroke();
    List<ValueMarker> markers = domainMarkers(plot);
    assertThat(markers)
        .extracting(ValueMarker::getValue, ValueMarker::getStroke)
        .containsExactlyInAnyOrder(
            tuple(600_000 / HOUR, dashed),
            tuple(1_800_000 / HOUR, dashed),
            tuple(720_000 / HOUR, solid),
            tuple(1_920_000 / HOUR, solid));
    // spot-asg is the first provider of the run: the palette's first colour, like its line.
    assertThat(markers).allSatisfy(m -> assertThat(m.getPaint()).isEqualTo(style.color(0)));
    assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(style.color(0));
    assertThat(legend(plot))
        .containsExactly(
            // The scenario buys spot-asg as spot and od on demand; the legend says so.
            "spot-asg (spot)",
            "od (on-demand)",
            "spot-asg: spot interruption notice (2)",
            "spot-asg: terminated by spot (2)");
  }

  @Test
  void aServiceChartMarksOnlyTheNoticesThatHitItsTasks() {
    XYPlot web = service("web").chart().getXYPlot();
    XYPlot api = service("api").chart().getXYPlot();

    // The 10-min notice took an instance web had no task on; the 30-min one took web-1's.
    assertThat(domainMarkers(web))
        .singleElement()
        .satisfies(m -> assertThat(m.getValue()).isCloseTo(0.5, within(1e-12)));
    assertThat(legend(web)).contains("spot interruption notice (1)");
    assertThat(domainMarkers(api))
        .singleElement()
        .satisfies(m -> assertThat(m.getValue()).isCloseTo(1_200_000 / HOUR, within(1e-12)));
    assertThat(legend(api)).contains("spot interruption notice (1)");
  }

  @Test
  void runsWithoutSpotKeepTheirLegendsAsTheyWere() {
    XYPlot plot = Charts.INSTANCES.build(Fixtures.run("d"), style).orElseThrow().getXYPlot();

    assertThat(domainMarkers(plot)).isEmpty();
    assertThat(legend(plot)).containsExactly("od", "spot");
  }

  @Test
  void theMarkedChartsRenderToPngAndSvg() throws Exception {
    List<JFreeChart> charts =
        List.of(
            Charts.INSTANCES.build(run, style).orElseThrow(),
            service("web").chart(),
            service("api").chart());
    List<String> names = List.of("instances", "service-web", "service-api");
    for (int i = 0; i < charts.size(); i++) {
      ChartFiles.write(charts.get(i), style, dir, names.get(i));
      ChartFileAssertions.assertPng(dir.resolve(names.get(i) + ".png"));
      ChartFileAssertions.assertSvg(dir.resolve(names.get(i) + ".svg"));
      assertThat(Files.readString(dir.resolve(names.get(i) + ".svg"))).as(names.get(i))
          .contains("stroke-dasharray");
    }
  }
}
