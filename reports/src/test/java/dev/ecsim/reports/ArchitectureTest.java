package dev.ecsim.reports;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.ecsim.metrics.Replications;
import dev.ecsim.metrics.Rounding;

/**
 * What the reports may use of sim-core: a report turns a finished run into files, so it reads the
 * run's results and nothing of the model that produced them (scenario, cluster, placement,
 * scaling, ...). A new use of sim-core fails here until it is added below, on purpose.
 */
@AnalyzeClasses(packages = "dev.ecsim.reports", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Everything of sim-core the reports use today, each with the reason. */
  private static final DescribedPredicate<JavaClass> WHAT_REPORTS_MAY_USE =
      // their own classes
      resideInAPackage("dev.ecsim.reports..")
          // a run's results: RunResult, Summary, TimeSeries, events, task records and their sinks;
          // replications read as Replicated<Summary> and Estimate, summary.json's tree
          // (Replications) and its 6-decimal rounding (Rounding)
          .or(resideInAnyPackage("dev.ecsim.metrics.."));

  @ArchTest
  static final ArchRule reportsReadOnlyTheRunsResults = noClasses()
      .that().resideInAPackage("dev.ecsim.reports..")
      .should().dependOnClassesThat(resideInAPackage("dev.ecsim..").and(not(WHAT_REPORTS_MAY_USE)))
      .because("a report is written from a run's results; the simulator's internals may change under it");

  /** The reports' own packages form layers too: the writers on top, summary and json at the bottom. */
  @ArchTest
  static final ArchRule reportsPackagesAreFreeOfCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition
      .slices().matching("dev.ecsim.(**)").should().beFreeOfCycles();
}
