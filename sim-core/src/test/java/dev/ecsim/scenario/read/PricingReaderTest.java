package dev.ecsim.scenario.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.scenario.PricingSpec.Ec2PriceOverride;
import dev.ecsim.scenario.PricingSpec.FargateRateOverride;
import dev.ecsim.scenario.PricingSpec;
import dev.ecsim.scenario.ValidationIssue;
import dev.ecsim.testing.Scenarios;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The {@code pricing:} section, read through the loader so errors carry their line and column. */
class PricingReaderTest {

  // 17 lines; a pricing section appended starts on line 18.
  private static final String VALID = """
      name: ok
      duration: 1h
      cluster:
        capacityProviders:
          - {name: od, type: ec2, instanceTypes: [m6i.large], desiredSize: 2}
        defaultCapacityProviderStrategy: [{capacityProvider: od}]
      taskDefinitions:
        - family: etl
          cpu: 0.5vCPU
          memory: 1GiB
          containerDefinitions:
            - {name: app, image: {name: "etl:1", sizeMiB: 100}, startTime: 2s}
      jobs:
        - name: etl
          taskDefinition: etl
          arrivals: {poisson: {rate: 38.4/h}}
          duration: {lognormal: {median: 40s, p95: 90s}}
      """;

  private static List<ValidationIssue> issues(String pricing) {
    return Scenarios.issues(VALID + pricing);
  }

  @Test
  void withoutAPricingSectionTheCatalogPricesStand() throws Exception {
    assertThat(ScenarioLoader.parse(VALID, "s.yaml").pricing()).isEqualTo(PricingSpec.none());
  }

  @Test
  void readsEveryField() throws Exception {
    PricingSpec p = ScenarioLoader.parse(VALID + """
        pricing:
          discountPercent: 20
          ec2:
            m5.large: {onDemandUsdPerHour: 0.09, spotPriceRatio: 0.35}
            m6i.large: {spotPriceRatio: 1}
          fargate:
            x86_64: {vcpuHourUsd: 0.04, gbHourUsd: 0.004}
            arm64: {gbHourUsd: 0.003}
            spot: {vcpuHourUsd: 0.012}
            ephemeralStorageGbHourUsd: 0.0002
        """, "s.yaml").pricing();
    assertThat(p.discountPercent()).isEqualTo(20);
    assertThat(p.ec2()).containsOnlyKeys("m5.large", "m6i.large");
    assertThat(p.ec2().keySet()).containsExactly("m5.large", "m6i.large");
    assertThat(p.ec2().get("m5.large"))
        .isEqualTo(new Ec2PriceOverride(OptionalDouble.of(0.09), OptionalDouble.of(0.35)));
    assertThat(p.ec2().get("m6i.large"))
        .isEqualTo(new Ec2PriceOverride(OptionalDouble.empty(), OptionalDouble.of(1)));
    assertThat(p.fargate().x86_64())
        .isEqualTo(new FargateRateOverride(OptionalDouble.of(0.04), OptionalDouble.of(0.004)));
    assertThat(p.fargate().arm64()).isEqualTo(new FargateRateOverride(OptionalDouble.empty(), OptionalDouble.of(0.003)));
    assertThat(p.fargate().spot()).isEqualTo(new FargateRateOverride(OptionalDouble.of(0.012), OptionalDouble.empty()));
    assertThat(p.fargate().ephemeralStorageGbHourUsd()).isEqualTo(OptionalDouble.of(0.0002));
  }

  @Test
  void anUnknownFieldIsReportedAtItsKeyWithASuggestion() {
    assertThat(issues("pricing:\n  discountPercnt: 20\n")).singleElement().satisfies(i -> {
      assertThat(i.line()).isEqualTo(19);
      assertThat(i.column()).isEqualTo(3);
      assertThat(i.path()).isEqualTo("pricing.discountPercnt");
      assertThat(i.message()).isEqualTo("unknown field 'discountPercnt'; did you mean 'discountPercent'?; "
          + "known fields: discountPercent, ec2, fargate");
    });
    assertThat(issues("pricing:\n  fargate:\n    arm: {gbHourUsd: 0.003}\n")).singleElement().satisfies(i -> {
      assertThat(i.line()).isEqualTo(20);
      assertThat(i.column()).isEqualTo(5);
      assertThat(i.message()).isEqualTo("unknown field 'arm'; did you mean 'arm64'?; "
          + "known fields: x86_64, arm64, spot, ephemeralStorageGbHourUsd");
    });
    assertThat(issues("pricing:\n  fargate:\n    spot: {vcpuHourUSD: 0.01}\n")).singleElement().satisfies(i ->
        assertThat(i.message()).contains("unknown field 'vcpuHourUSD'; did you mean 'vcpuHourUsd'?"));
  }

  @Test
  void aNegativePriceNamesTheBadValue() {
    // "    m5.large: {onDemandUsdPerHour: -0.1}": the value starts at column 4 + 11 + 20 + 1 = 36
    assertThat(issues("pricing:\n  ec2:\n    m5.large: {onDemandUsdPerHour: -0.1}\n")).singleElement().satisfies(i -> {
      assertThat(i.line()).isEqualTo(20);
      assertThat(i.column()).isEqualTo(36);
      assertThat(i.path()).isEqualTo("pricing.ec2.m5.large.onDemandUsdPerHour");
      assertThat(i.message()).isEqualTo("-0.1 is out of range; onDemandUsdPerHour is a price in USD per instance-hour above 0");
    });
    assertThat(issues("pricing:\n  fargate:\n    x86_64:\n      vcpuHourUsd: 0\n")).singleElement().satisfies(i -> {
      assertThat(i.line()).isEqualTo(21);
      assertThat(i.column()).isEqualTo(20);
      assertThat(i.message()).isEqualTo("0 is out of range; vcpuHourUsd is a price in USD per vCPU-hour above 0");
    });
    assertThat(issues("pricing:\n  fargate:\n    ephemeralStorageGbHourUsd: cheap\n")).singleElement().satisfies(i ->
        assertThat(i.message()).isEqualTo("expected a price in USD per GB-hour of storage above 0, found 'cheap'"));
  }

  @Test
  void ratiosAndDiscountsAreBounded() {
    assertThat(issues("pricing:\n  ec2:\n    m5.large: {spotPriceRatio: 1.5}\n")).singleElement().satisfies(i ->
        assertThat(i.message()).isEqualTo(
            "1.5 is out of range; spotPriceRatio is a ratio of the spot to the on-demand price above 0 and at most 1"));
    assertThat(issues("pricing:\n  ec2:\n    m5.large: {spotPriceRatio: 0}\n")).singleElement().satisfies(i ->
        assertThat(i.message()).startsWith("0 is out of range; spotPriceRatio"));
    assertThat(issues("pricing:\n  discountPercent: 150\n")).singleElement().satisfies(i -> {
      assertThat(i.line()).isEqualTo(19);
      assertThat(i.column()).isEqualTo(20);
      assertThat(i.message()).isEqualTo("150 is out of range; discountPercent is a percentage from 0 to 100");
    });
  }

  @Test
  void anUnknownInstanceTypeListsCloseMatches() {
    assertThat(issues("pricing:\n  ec2:\n    m5.lage: {spotPriceRatio: 0.3}\n")).singleElement().satisfies(i -> {
      assertThat(i.line()).isEqualTo(20);
      assertThat(i.column()).isEqualTo(5);
      assertThat(i.path()).isEqualTo("pricing.ec2.m5.lage");
      assertThat(i.message()).startsWith("unknown instance type 'm5.lage' in the us-east-1 catalog; did you mean 'm5.large'")
          .endsWith("(ecsim catalog ec2 lists them all)");
    });
  }

  @Test
  void shapesAreChecked() {
    assertThat(issues("pricing: 20\n")).singleElement().satisfies(i -> {
      assertThat(i.line()).isEqualTo(18);
      assertThat(i.message()).isEqualTo("expected a mapping with fields 'discountPercent', 'ec2', 'fargate', found 20");
    });
    assertThat(issues("pricing:\n  ec2: [m5.large]\n")).singleElement().satisfies(i ->
        assertThat(i.message()).startsWith("expected a mapping of instance type names to prices"));
    assertThat(issues("pricing:\n  ec2:\n    m5.large: {}\n")).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("pricing.ec2.m5.large");
      assertThat(i.message()).isEqualTo("give onDemandUsdPerHour, spotPriceRatio or both");
    });
    assertThat(issues("pricing:\n  ec2:\n    m5.large: 0.09\n")).singleElement().satisfies(i ->
        assertThat(i.message()).startsWith("expected a mapping with fields 'onDemandUsdPerHour', 'spotPriceRatio'"));
  }
}
