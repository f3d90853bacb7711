package dev.ecsim.cli;

import dev.ecsim.catalog.FargateCatalog;
import dev.ecsim.catalog.InstanceCatalog;
import dev.ecsim.cost.PriceBook;
import dev.ecsim.scenario.PricingSpec;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "catalog", mixinStandardHelpOptions = true,
    description = {"List the bundled prices: EC2 instance types (on-demand and default spot prices, ENI limits) "
        + "and Fargate (prices and valid task sizes).",
        "Without an argument both are listed. Scenarios change these prices in their pricing: section."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "2:unknown region or argument"})
final class CatalogCommand implements Callable<Integer> {

  /** Which catalog to list. */
  enum Section { EC2, FARGATE }

  @Parameters(index = "0", arity = "0..1", paramLabel = "ec2|fargate",
      description = "Only this catalog (default: both).")
  Section section;

  @Option(names = "--region", paramLabel = "REGION", defaultValue = "us-east-1",
      description = "Region of the bundled catalogs (default: ${DEFAULT-VALUE}).")
  String region;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (!InstanceCatalog.bundledRegions().contains(region)) {
      throw new InvalidOptionException("--region " + region + " has no bundled catalog; bundled: "
          + String.join(", ", InstanceCatalog.bundledRegions()));
    }
    var out = spec.commandLine().getOut();
    if (section != Section.FARGATE) {
      out.print(CatalogTables.ec2(InstanceCatalog.bundled(region), PriceBook.of(region, PricingSpec.none())));
    }
    if (section == null) {
      out.println();
    }
    if (section != Section.EC2) {
      out.print(CatalogTables.fargate(FargateCatalog.bundled(region)));
    }
    out.flush();
    return 0;
  }
}
