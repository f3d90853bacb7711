package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogCommandTest {

  /** The line of {@code out} whose first word is {@code first}, split on blanks. */
  private static List<String> row(String out, String first) {
    return out.lines().map(l -> Arrays.asList(l.trim().split("\\s+")))
        .filter(words -> words.get(0).equals(first))
        .findFirst().orElseThrow(() -> new AssertionError("no row '" + first + "' in:\n" + out));
  }

  @Test
  void ec2ListsEveryTypeWithPricesSpotAndEniLimits() {
    CommandRunner r = CommandRunner.run("catalog", "ec2");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow()).contains("us-east-1").contains("as listed in 2026");
    // docs/ecs-behaviour.md §4.1 figures; spot $/h worked by hand: 0.096 x 0.40 = 0.0384, 0.096 x
    // 0.36 = 0.03456, 1.006 x 0.40 = 0.4024; trunked awsvpc tasks 10, n/a for T, 6 for g5.xlarge.
    assertThat(row(r.out(), "m5.large"))
        .containsExactly("m5.large", "2", "8", "x86_64", "0.0960", "0.40", "0.03840", "3", "2", "10");
    assertThat(row(r.out(), "m6i.large"))
        .containsExactly("m6i.large", "2", "8", "x86_64", "0.0960", "0.36", "0.03456", "3", "2", "10");
    assertThat(row(r.out(), "t4g.medium"))
        .containsExactly("t4g.medium", "2", "4", "arm64", "0.0336", "0.40", "0.01344", "3", "2", "n/a");
    assertThat(row(r.out(), "g5.xlarge"))
        .containsExactly("g5.xlarge", "4", "16", "x86_64", "1.0060", "0.40", "0.40240", "4", "3", "6");
    assertThat(row(r.out(), "m7i.large")).endsWith("?");
    // 51 types, a title, a header and a legend; the figure columns line up
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(54);
    assertThat(lines.subList(1, 53)).extracting(String::length).containsOnly(lines.get(1).length());
    assertThat(r.out()).doesNotContain("Fargate");
  }

  @Test
  void fargateListsPricesAndValidSizes() {
    CommandRunner r = CommandRunner.run("catalog", "fargate");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow()).contains("us-east-1").contains("as listed in 2026");
    // docs/ecs-behaviour.md §3.2
    assertThat(row(r.out(), "x86_64")).containsExactly("x86_64", "0.04048", "0.004445");
    assertThat(row(r.out(), "arm64")).containsExactly("arm64", "0.03238", "0.00356");
    assertThat(r.out()).containsPattern("spot \\(x86_64 only\\)\\s+0\\.01334053\\s+0\\.00146489");
    assertThat(r.out()).contains("20 GiB included, 20 to 200 GiB per task, $0.000111 per GB-h above 20 GiB");
    // docs/ecs-behaviour.md §3.1
    assertThat(String.join(" ", row(r.out(), "256"))).isEqualTo("256 0.25 512 MiB, 1 GB, 2 GB");
    assertThat(String.join(" ", row(r.out(), "4096"))).isEqualTo("4096 4 8 to 30 GB in steps of 1 GB");
    assertThat(String.join(" ", row(r.out(), "8192"))).isEqualTo("8192 8 16 to 60 GB in steps of 4 GB");
    assertThat(String.join(" ", row(r.out(), "16384"))).isEqualTo("16384 16 32 to 120 GB in steps of 8 GB");
    assertThat(r.out()).doesNotContain("m5.large");
  }

  @Test
  void withoutAnArgumentBothAreListed() {
    CommandRunner r = CommandRunner.run("catalog", "--region", "us-east-1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("EC2 instance types, us-east-1").contains("Fargate, us-east-1")
        .contains("m5.large").contains("valid task sizes");
  }

  @Test
  void anUnknownRegionExitsTwoListingTheBundledOnes() {
    CommandRunner r = CommandRunner.run("catalog", "--region", "eu-west-1");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--region eu-west-1 has no bundled catalog; bundled: us-east-1")
        .doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
    CommandRunner bad = CommandRunner.run("catalog", "gpu");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("expected one of [EC2, FARGATE]").contains("'gpu'");
  }
}
