package dev.ecsim.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.reports.compare.Comparison.Row;
import dev.ecsim.reports.compare.Comparison.Unit;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ComparisonFormatTest {

  private static String cell(double value, double halfWidth, Unit unit) {
    return ComparisonFormat.cell(OptionalDouble.of(value), OptionalDouble.of(halfWidth), unit);
  }

  private static Row row(String figure, RowSubject subject, String group, String label, Unit unit, double[] values,
      double[] halfWidths) {
    List<OptionalDouble> v = Arrays.stream(values).mapToObj(OptionalDouble::of).toList();
    List<OptionalDouble> h = Arrays.stream(halfWidths).mapToObj(OptionalDouble::of).toList();
    return new Row(figure, subject, group, label, unit, v, h);
  }

  @Test
  void aHalfWidthReadsInItsFiguresUnitAndDecimals() {
    assertThat(cell(12.34, 0.56, Unit.USD)).isEqualTo("$12.34 ± 0.56");
    assertThat(cell(1234.5, 61.25, Unit.USD)).isEqualTo("$1,234.50 ± 61.25");
    assertThat(cell(0.0123, 0.00042, Unit.USD)).isEqualTo("$0.0123 ± 0.0004");
    assertThat(cell(6.25, 0.24, Unit.PERCENT)).isEqualTo("6.3 ± 0.2 %");
    assertThat(cell(0.0082, 0.0011, Unit.PERCENT)).isEqualTo("0.0082 ± 0.0011 %");
    assertThat(cell(0.04, 0.031, Unit.PERCENT)).isEqualTo("0.040 ± 0.031 %");
    assertThat(cell(2, 0.5, Unit.COUNT)).isEqualTo("2.0 ± 0.5");
    assertThat(cell(0, 0, Unit.COUNT)).isEqualTo("0 ± 0");
    assertThat(cell(1759.78, 3.21, Unit.HOURS)).isEqualTo("1,759.8 ± 3.2 h");
    assertThat(cell(52.5, 1.24, Unit.SECONDS)).isEqualTo("52.5 ± 1.2 s");
    assertThat(ComparisonFormat.cell(OptionalDouble.empty(), OptionalDouble.of(1), Unit.USD)).isEqualTo("-");
  }

  @Test
  void percentagesUnderOnePercentKeepThreeSignificantDigits() {
    assertThat(ComparisonFormat.cell(OptionalDouble.of(0.5), Unit.PERCENT)).isEqualTo("0.5 %");
    assertThat(ComparisonFormat.cell(OptionalDouble.of(0.04), Unit.PERCENT)).isEqualTo("0.04 %");
    assertThat(ComparisonFormat.cell(OptionalDouble.of(0.0011), Unit.PERCENT)).isEqualTo("0.0011 %");
    // The unserved share: 8.2e-05 of requests.
    assertThat(ComparisonFormat.cell(OptionalDouble.of(8.2e-05 * 100), Unit.PERCENT)).isEqualTo("0.0082 %");
    assertThat(ComparisonFormat.cell(OptionalDouble.of(0.012345), Unit.PERCENT)).isEqualTo("0.0123 %");
    // Summaries keep six decimals of a fraction: 0.0001 % is the finest share there is.
    assertThat(ComparisonFormat.cell(OptionalDouble.of(0.0001), Unit.PERCENT)).isEqualTo("0.0001 %");
    assertThat(ComparisonFormat.cell(OptionalDouble.of(0), Unit.PERCENT)).isEqualTo("0 %");
    assertThat(ComparisonFormat.cell(OptionalDouble.of(78.84), Unit.PERCENT)).isEqualTo("78.8 %");
  }

  @Test
  void verdictsNameTheBasisAndEveryScenarioNotDistinguishable() {
    Comparison c = new Comparison(List.of("fargate", "ec2", "mix"), List.of(
        row("cost.totalUsd", RowSubject.CLUSTER, "", "total cost", Unit.USD, new double[] {12.5, 10.25, 10.75},
            new double[] {0.1, 0.5, 0.1}),
        row("services.web.runningAvg", new RowSubject.Service("web"),
            "service web", "running (avg)", Unit.COUNT, new double[] {4, 4, 4},
            new double[] {0, 0, 0}),
        row("services.web.unservedRequestPct", new RowSubject.Service("web"),
            "service web", "requests unserved", Unit.PERCENT,
            new double[] {0, 0.5, 0.25}, new double[] {0, 0.25, 0.05}),
        row("services.web.secondsBelowDesired", new RowSubject.Service("web"),
            "service web", "time below desired", Unit.SECONDS,
            new double[] {0, 30, 90}, new double[] {0, 10, 20})), 5);

    assertThat(ComparisonFormat.verdicts(c)).containsExactly(
        // |10.75 - 10.25| = 0.5 <= 0.5 + 0.1; |12.5 - 10.25| = 2.25 > 0.6
        "cheapest: ec2 ($10.25 ± 0.50); not distinguishable at 95 % from mix ($10.75 ± 0.10)",
        // fargate serves everything; ec2 (0.5 - 0 > 0.25 + 0) and mix (0.25 - 0 > 0.05 + 0) do not
        "best service SLO: fargate (service web: requests unserved 0 ± 0 %, time below desired 0 ± 0 s)");
  }

  @Test
  void withoutSharedServicesOrJobsTheVerdictSaysWhy() {
    Comparison c = new Comparison(List.of("a", "b"), List.of(
        new Row("cost.totalUsd", RowSubject.CLUSTER,
            "", "total cost", Unit.USD, List.of(OptionalDouble.of(1), OptionalDouble.of(2))),
        new Row("services.web.runningAvg", new RowSubject.Service("web"), "service web", "running (avg)", Unit.COUNT,
            List.of(OptionalDouble.of(2), OptionalDouble.empty())),
        new Row("jobs.etl.waitSecondsP95", new RowSubject.Job("etl"), "job etl", "wait p95", Unit.SECONDS,
            List.of(OptionalDouble.empty(), OptionalDouble.of(3)))));

    assertThat(ComparisonFormat.verdicts(c)).containsExactly(
        "cheapest: a ($1.00)",
        "best service SLO: n/a (no service is in every scenario)",
        "best job SLO: n/a (no job is in every scenario)");
  }
}
