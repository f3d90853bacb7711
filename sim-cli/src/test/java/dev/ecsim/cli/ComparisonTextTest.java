package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.reports.compare.Comparison;
import dev.ecsim.reports.compare.RowSubject;
import dev.ecsim.reports.compare.Comparison.Row;
import dev.ecsim.reports.compare.Comparison.Unit;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ComparisonTextTest {

  @Test
  void figuresAlignUnderTheirScenarioWithHeadingsAndDashesForMissingFigures() {
    Comparison c = new Comparison(List.of("fargate", "ec2-on-demand"), List.of(
        new Row("cost.totalUsd", RowSubject.CLUSTER,
            "", "total cost", Unit.USD, List.of(OptionalDouble.of(1234.5), OptionalDouble.of(0.0123))),
        new Row("cost.byCapacityProvider.FARGATE", new RowSubject.Provider("FARGATE"),
            "cost by capacity provider", "FARGATE", Unit.USD,
            List.of(OptionalDouble.of(1234.5), OptionalDouble.empty())),
        new Row("cost.byCapacityProvider.od", new RowSubject.Provider("od"),
            "cost by capacity provider", "od", Unit.USD,
            List.of(OptionalDouble.empty(), OptionalDouble.of(0.0123))),
        new Row("cluster.cpuReservationAvgPct", RowSubject.CLUSTER, "", "CPU reservation (avg)", Unit.PERCENT,
            List.of(OptionalDouble.empty(), OptionalDouble.of(78.84))),
        new Row("jobs.api.waitSecondsMean", new RowSubject.Job("api"), "job api", "wait mean", Unit.SECONDS,
            List.of(OptionalDouble.of(52.5), OptionalDouble.of(7.46))),
        new Row("jobs.api.waitSecondsP95", new RowSubject.Job("api"), "job api", "wait p95", Unit.SECONDS,
            List.of(OptionalDouble.of(120), OptionalDouble.of(9.25)))));

    assertThat(ComparisonText.format(c)).isEqualTo("""
                                 fargate  ec2-on-demand
        total cost             $1,234.50        $0.0123
        cost by capacity provider
          FARGATE              $1,234.50              -
          od                           -        $0.0123
        CPU reservation (avg)          -         78.8 %
        job api
          wait mean               52.5 s          7.5 s
          wait p95               120.0 s          9.3 s
        cheapest: ec2-on-demand ($0.0123)
        best job SLO: ec2-on-demand (job api: wait p95 9.3 s)
        """);
  }

  @Test
  void cellsByUnit() {
    assertThat(ComparisonText.cell(OptionalDouble.of(0), Unit.USD)).isEqualTo("$0.00");
    assertThat(ComparisonText.cell(OptionalDouble.of(0.000411), Unit.USD)).isEqualTo("$0.000411");
    assertThat(ComparisonText.cell(OptionalDouble.of(337.8784), Unit.USD)).isEqualTo("$337.88");
    assertThat(ComparisonText.cell(OptionalDouble.of(474), Unit.COUNT)).isEqualTo("474");
    assertThat(ComparisonText.cell(OptionalDouble.of(12_345), Unit.COUNT)).isEqualTo("12,345");
    assertThat(ComparisonText.cell(OptionalDouble.of(1759.78), Unit.HOURS)).isEqualTo("1,759.8 h");
    assertThat(ComparisonText.cell(OptionalDouble.empty(), Unit.SECONDS)).isEqualTo("-");
  }

  @Test
  void tiesAreNamedTogether() {
    Comparison c = new Comparison(List.of("a", "b"), List.of(
        new Row("cost.totalUsd", RowSubject.CLUSTER,
            "", "total cost", Unit.USD, List.of(OptionalDouble.of(2), OptionalDouble.of(2)))));

    assertThat(ComparisonText.verdicts(c))
        .isEqualTo("cheapest: a, b, tied ($2.00)\nbest SLO: n/a (the scenarios have no services or jobs)\n");
  }

  @Test
  void withReplicationsCellsCarryTheirHalfWidthAndCloseRunnersUpAreNamed() {
    Comparison c = new Comparison(List.of("fargate", "ec2"), List.of(
        new Row("cost.totalUsd", RowSubject.CLUSTER,
            "", "total cost", Unit.USD, List.of(OptionalDouble.of(12.34), OptionalDouble.of(12.9)),
            List.of(OptionalDouble.of(0.56), OptionalDouble.of(0.25)))), 3);

    assertThat(ComparisonText.format(c)).isEqualTo("""
                          fargate            ec2
        total cost  $12.34 ± 0.56  $12.90 ± 0.25
        cheapest: fargate ($12.34 ± 0.56); not distinguishable at 95 % from ec2 ($12.90 ± 0.25)
        best SLO: n/a (the scenarios have no services or jobs)
        """);
  }
}
