package dev.ecsim.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.reports.compare.Comparison;
import dev.ecsim.reports.compare.RowSubject;
import dev.ecsim.reports.compare.Comparison.Row;
import dev.ecsim.reports.compare.Comparison.Unit;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ComparisonCsvWriterTest {

  @Test
  void oneRowPerFigureOneColumnPerScenarioEmptyWhereMissing() throws IOException {
    Comparison c = new Comparison(List.of("fargate", "ec2, spot"), List.of(
        new Row("cost.totalUsd", RowSubject.CLUSTER, "", "total cost", Unit.USD,
            List.of(OptionalDouble.of(0.0123425), OptionalDouble.of(0.192))),
        new Row("cost.byCapacityProvider.FARGATE", new RowSubject.Provider("FARGATE"),
            "cost by capacity provider", "FARGATE", Unit.USD,
            List.of(OptionalDouble.of(0.0123425), OptionalDouble.empty())),
        new Row("cluster.instancesPeak", RowSubject.CLUSTER, "", "instances peak", Unit.COUNT,
            List.of(OptionalDouble.of(0), OptionalDouble.of(2)))));

    StringWriter out = new StringWriter();
    ComparisonCsvWriter.write(c, out);

    assertThat(out.toString()).isEqualTo(
        "figure,fargate,\"ec2, spot\"\n"
            + "cost.totalUsd,0.012343,0.192\n"
            + "cost.byCapacityProvider.FARGATE,0.012343,\n"
            + "cluster.instancesPeak,0,2\n");
  }

  @Test
  void withReplicationsEachFigureIsFollowedByItsHalfWidths() throws IOException {
    Comparison c = new Comparison(List.of("a", "b"), List.of(
        new Row("cost.totalUsd", RowSubject.CLUSTER, "", "total cost", Unit.USD,
            List.of(OptionalDouble.of(12), OptionalDouble.of(11.666667)),
            List.of(OptionalDouble.of(4.968275), OptionalDouble.of(1.897292))),
        new Row("cost.byCapacityProvider.od", new RowSubject.Provider("od"),
            "cost by capacity provider", "od", Unit.USD,
            List.of(OptionalDouble.of(12), OptionalDouble.empty()),
            List.of(OptionalDouble.of(4.968275), OptionalDouble.empty()))), 3);

    StringWriter out = new StringWriter();
    ComparisonCsvWriter.write(c, out);

    assertThat(out.toString()).isEqualTo(
        "figure,a,b\n"
            + "cost.totalUsd,12,11.666667\n"
            + "cost.totalUsd.ci95,4.968275,1.897292\n"
            + "cost.byCapacityProvider.od,12,\n"
            + "cost.byCapacityProvider.od.ci95,4.968275,\n");
  }
}
