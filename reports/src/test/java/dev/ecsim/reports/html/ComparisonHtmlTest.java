package dev.ecsim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.reports.Fixtures;
import dev.ecsim.reports.compare.Comparison;
import dev.ecsim.reports.compare.RowSubject;
import dev.ecsim.reports.compare.Comparison.Row;
import dev.ecsim.reports.compare.Comparison.Unit;
import dev.ecsim.reports.compare.ComparisonReport;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ComparisonHtmlTest {

  private static final byte[] TINY_PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};

  private static ComparisonReport report(int replications) {
    List<OptionalDouble> half = replications > 1 ? List.of(OptionalDouble.of(0.5), OptionalDouble.of(0.25))
        : List.of(OptionalDouble.empty(), OptionalDouble.empty());
    Comparison c = new Comparison(List.of("fargate <spot>", "ec2"), List.of(
        new Row("cost.totalUsd", RowSubject.CLUSTER,
            "", "total cost", Unit.USD, List.of(OptionalDouble.of(12.5), OptionalDouble.of(9.75)),
            half),
        new Row("cost.byCapacityProvider.od", new RowSubject.Provider("od"),
            "cost by capacity provider", "od", Unit.USD,
            List.of(OptionalDouble.empty(), OptionalDouble.of(9.75)))), replications);
    return new ComparisonReport(c, 7, 7 * 86_400_000L, List.of(Fixtures.series(), Fixtures.series()));
  }

  private static List<GroupedChart> charts() {
    return List.of(
        new GroupedChart("Cost and cluster", new ChartImage("compare-total-cost", "Total cost", TINY_PNG)),
        new GroupedChart("Service web", new ChartImage("compare-service-running-web", "Service web", TINY_PNG)));
  }

  @Test
  void showsTheVerdictsTheTableAndTheChartsUnderTheirHeadings() {
    String html = ComparisonHtml.render(report(1), charts());

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<title>fargate &lt;spot&gt;, ec2 – ecsim comparison</title>")
        .contains("<h1>Comparison of 2 scenarios</h1>")
        .contains("Seed 7 for every scenario &middot; 7.0 d simulated each")
        .contains("<li>cheapest: ec2 ($9.75)</li>")
        .contains("<th scope=\"col\">fargate &lt;spot&gt;</th><th scope=\"col\">ec2</th>")
        .contains("<tr><th scope=\"row\">total cost</th><td>$12.50</td><td>$9.75</td></tr>")
        .contains("<tr class=\"group\"><th colspan=\"3\">cost by capacity provider</th></tr>")
        .contains("<tr><th scope=\"row\">od</th><td>-</td><td>$9.75</td></tr>")
        .doesNotContain("<spot>")
        .doesNotContain("not distinguishable");
    int cost = html.indexOf("<h3>Cost and cluster</h3>");
    int service = html.indexOf("<h3>Service web</h3>");
    assertThat(cost).isPositive().isLessThan(html.indexOf("chart-compare-total-cost"));
    assertThat(service).isGreaterThan(cost).isLessThan(html.indexOf("chart-compare-service-running-web"));
  }

  @Test
  void replicatedFiguresCarryHalfWidthsAndThePageSaysSo() {
    String html = ComparisonHtml.render(report(3), charts());

    assertThat(html)
        // Non-ASCII as entities: ± is &plusmn;, the dash &ndash;.
        .contains("Seeds 7&ndash;9 for every scenario (3 replications)")
        .contains("&plusmn; is the half-width of the 95% confidence interval")
        .contains("<td>$12.50 &plusmn; 0.50</td><td>$9.75 &plusmn; 0.25</td>")
        // |12.50 - 9.75| > 0.50 + 0.25: told apart.
        .contains("<li>cheapest: ec2 ($9.75 &plusmn; 0.25)</li>");
  }

  @Test
  void thePageIsSelfContained() {
    String html = ComparisonHtml.render(report(3), charts());

    assertThat(html).doesNotContain("http").doesNotContain("<script").doesNotContain("<link");
    Matcher src = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
    int images = 0;
    while (src.find()) {
      assertThat(src.group(1)).startsWith("data:image/png;base64,");
      images++;
    }
    assertThat(images).isEqualTo(2);
  }
}
