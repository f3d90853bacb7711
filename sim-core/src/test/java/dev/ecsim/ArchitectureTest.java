package dev.ecsim;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Which packages of sim-core may depend on which. The packages form layers: the engine at the
 * bottom; the value vocabularies (catalog, workload, the cluster query language, scaling); the
 * scenario model that reads a file into them; the cluster, placement, cost and capacity models
 * over it; services; and the run on top. Only main code is checked: tests may reach across.
 */
@AnalyzeClasses(packages = "dev.ecsim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /**
   * A cycle means neither side can be read, tested or changed without the other; shared value
   * types go to the lower package instead (as scaling's Spec records and the query language did).
   */
  @ArchTest
  static final ArchRule topLevelPackagesAreFreeOfCycles = slices()
      .matching("dev.ecsim.(*)..")
      .namingSlices("dev.ecsim.$1")
      .should().beFreeOfCycles();

  /** The discrete-event engine is a clock and an event queue: it knows nothing of ECS. */
  @ArchTest
  static final ArchRule engineDependsOnNothingElseOfEcsim = noClasses()
      .that().resideInAPackage("dev.ecsim.engine..")
      .should().dependOnClassesThat(resideInAPackage("dev.ecsim..").and(not(resideInAPackage("dev.ecsim.engine.."))))
      .because("the engine schedules events for any model and must stay reusable and testable alone");

  /** Every package and subpackage is free of cycles too (scenario, scenario.yaml, scenario.read ...). */
  @ArchTest
  static final ArchRule allPackagesAreFreeOfCycles = slices()
      .matching("dev.ecsim.(**)")
      .should().beFreeOfCycles();

  /**
   * The scenario model (records, limits) is what the simulation reads; how a file becomes the model
   * (located YAML, readers, validation) sits above it, so the model never depends on a reader.
   */
  @ArchTest
  static final ArchRule theScenarioModelKnowsNoReader = noClasses()
      .that().resideInAPackage("dev.ecsim.scenario")
      .should().dependOnClassesThat(resideInAnyPackage("dev.ecsim.scenario.read..", "dev.ecsim.scenario.yaml.."))
      .because("the records are the seam between reading a file and simulating it");

  /** The YAML and CSV infrastructure is generic: it serves the readers and calls none of them. */
  @ArchTest
  static final ArchRule yamlInfrastructureCallsNoReader = noClasses()
      .that().resideInAPackage("dev.ecsim.scenario.yaml..")
      .should().dependOnClassesThat(resideInAPackage("dev.ecsim.scenario.read.."));
}
