package dev.ecsim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.Replicated;
import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.Fixtures;
import dev.ecsim.reports.sweep.Sweep;
import dev.ecsim.reports.sweep.SweepSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepHtmlTest {

  /** web's unserved share is a fraction in summary.json: 0.0125 is 1.25 % on the page. */
  private static Replicated<Summary> point(double usd, double half, double unserved) {
    return Fixtures.withHalfWidth(usd, half, total -> Fixtures.costing(total,
        Map.of("web", new Summary.ServiceFigures(4, 2, 6, 1, 1, 50, unserved, 0, 36000)), Map.of()));
  }

  /** Target 40 or 60 (labelled target) times one instance type; two replications at the first value. */
  private static Sweep sweep() {
    return new Sweep(List.of(
        new Sweep.Parameter("services[0].autoScaling.policies[0].targetValue", "target", List.of("40", "60")),
        new Sweep.Parameter("cluster.capacityProviders[0].instanceTypes[0]", "instanceTypes[0]",
            List.of("m6i.large"))), 2,
        List.of(new Sweep.Point(List.of(0, 0), point(12.5, 0.25, 0.0125)),
            new Sweep.Point(List.of(1, 0), point(8, 0, 0.5))));
  }

  @Test
  void thePageSaysWhereTheSweepCameFromAndHowLargeItIs() {
    assertThat(SweepHtml.sizes(sweep())).isEqualTo("2 points (2 target × 1 instanceTypes[0]), 2 replications each");
    // Fixtures.summary(): seed 42, 240 s.
    assertThat(SweepHtml.facts(sweep())).startsWith("Seeds 42–43 at every point (common random numbers) · 4.0 min "
        + "simulated each · figures are means");

    String html = SweepHtml.render(sweep(), new SweepSource("sweeps/t.yaml", "scaling/<t>.yaml",
        "ecsim sweep sweeps/t.yaml"), List.of());

    assertThat(html).contains("<title>sweeps/t.yaml – ecsim sweep</title>")
        .contains("<h1>Sweep of scaling/&lt;t&gt;.yaml</h1>")
        .contains("<code>ecsim sweep sweeps/t.yaml</code>")
        .contains("<tr><th scope=\"row\">target</th><td><code>services[0].autoScaling.policies[0].targetValue</code>"
            + "</td><td>40, 60</td></tr>")
        .doesNotContain("<script").doesNotContain("<link");
  }

  @Test
  void aRowPerPointWithItsValuesAndFiguresWithHalfWidths() {
    String html = SweepHtml.render(sweep(), new SweepSource("s.yaml", "b.yaml", "ecsim sweep s.yaml"), List.of());

    assertThat(html).contains("<th scope=\"col\" class=\"parameter\">target</th>"
        + "<th scope=\"col\" class=\"parameter\">instanceTypes[0]</th><th scope=\"col\">total cost</th>"
        + "<th scope=\"col\">CPU reservation (avg)</th><th scope=\"col\">web running (avg)</th>"
        + "<th scope=\"col\">web unserved</th></tr>");
    // Point 1: $12.50 ± 0.25; web runs 4 tasks in both replications (± 0.0); 0.0125 is 1.25 %, at
    // least 1 %, so one decimal: 1.3 %.
    assertThat(html).contains("<tr><th scope=\"row\">1</th><td class=\"parameter\">40</td>"
        + "<td class=\"parameter\">m6i.large</td><td>$12.50 &plusmn; 0.25</td>");
    assertThat(html).contains("<td>4.0 &plusmn; 0.0</td><td>1.3 &plusmn; 0.0 %</td></tr>");
    // Point 2: one replication, no half-width; 0.5 = 50.0 %.
    assertThat(html).contains("<tr><th scope=\"row\">2</th><td class=\"parameter\">60</td>"
        + "<td class=\"parameter\">m6i.large</td><td>$8.00</td>");
    assertThat(html).contains("<td>4</td><td>50.0 %</td></tr>");
  }

  @Test
  void chartsAreEmbeddedUnderTheirFigure() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
    String html = SweepHtml.render(sweep(), new SweepSource("s.yaml", "b.yaml", "c"), List.of(
        new GroupedChart("Total cost", new ChartImage("cost-by-x", "Total cost by target", png)),
        new GroupedChart("Total cost", new ChartImage("cost-by-y", "Total cost by instanceTypes[0]", png)),
        new GroupedChart("Unserved requests of web", new ChartImage("service-web-unserved-by-x", "U", png))));

    assertThat(html.split("<h3>Total cost</h3>", -1)).hasSize(2);
    assertThat(html).contains("src=\"data:image/png;base64,iVBORw==\"")
        .containsSubsequence("<h3>Total cost</h3>", "chart-cost-by-x", "chart-cost-by-y",
            "<h3>Unserved requests of web</h3>", "chart-service-web-unserved-by-x");
  }

  @Test
  void aPointsCellsFollowCompareOneHourOfAnM5LargeAndNoReservationOnFargate() {
    // One m5.large for an hour: 0.096 USD/h (AWS us-east-1 on-demand price) x 1 h = $0.096, written
    // as compare writes it, not $0.0960.
    Summary ec2 = Fixtures.costing(0.096, Map.of(), Map.of());
    // The same point on Fargate only: no instance registered, so no CPU reservation to show.
    Summary fargate = Fixtures.withCluster(ec2, new Summary.Cluster(0, 0, 0, 0, 0, 0, 0));
    Sweep sweep = new Sweep(List.of(new Sweep.Parameter("cluster.capacityProviders[0].type", "type",
        List.of("ec2", "fargate"))), 1, List.of(new Sweep.Point(List.of(0), Replicated.of(List.of(ec2))),
        new Sweep.Point(List.of(1), Replicated.of(List.of(fargate)))));
    List<SweepHtml.Column> columns = SweepHtml.columns(sweep);
    assertThat(columns).extracting(SweepHtml.Column::heading).startsWith("total cost", "CPU reservation (avg)");

    assertThat(SweepHtml.cell(sweep.points().get(0), columns.get(0))).isEqualTo("$0.096");
    // Fixtures.summary(): 55.5 % CPU reserved on its instances.
    assertThat(SweepHtml.cell(sweep.points().get(0), columns.get(1))).isEqualTo("55.5 %");
    assertThat(SweepHtml.cell(sweep.points().get(1), columns.get(1))).isEqualTo("-");
  }
}
