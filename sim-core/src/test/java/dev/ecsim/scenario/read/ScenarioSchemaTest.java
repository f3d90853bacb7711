package dev.ecsim.scenario.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ecsim.catalog.InstanceCatalog;
import dev.ecsim.scaling.AdjustmentType;
import dev.ecsim.scaling.AwsNamed;
import dev.ecsim.scaling.ComparisonOperator;
import dev.ecsim.scaling.MetricAggregationType;
import dev.ecsim.scaling.PolicyType;
import dev.ecsim.scaling.PredefinedMetric;
import dev.ecsim.scaling.ServiceMetric;
import dev.ecsim.scaling.Statistic;
import dev.ecsim.scaling.TreatMissingData;
import dev.ecsim.scenario.CapacityProviderSpec.ImagePullBehavior;
import dev.ecsim.scenario.CapacityProviderSpec.ProviderType;
import dev.ecsim.scenario.CapacityProviderSpec.PurchaseOption;
import dev.ecsim.scenario.InterruptionSpec;
import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.JobSpec.OnInterruption;
import dev.ecsim.scenario.LaunchType;
import dev.ecsim.scenario.PlacementStrategySpec;
import dev.ecsim.scenario.PortMapping;
import dev.ecsim.scenario.ServiceSpec.SchedulingStrategy;
import dev.ecsim.scenario.Spelled;
import dev.ecsim.scenario.TaskDefinitionSpec.NetworkMode;
import dev.ecsim.scenario.yaml.LocatedYaml;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/scenario.schema.json, the JSON Schema editors complete and check scenario files with, kept in
 * step with the loader: every mapping the readers read has its fields, no more and no fewer, and
 * the enums the readers accept; every bundled scenario passes it and names it on its first line;
 * what the loader refuses for its shape (an unknown field, a wrong enum, a number out of range, a
 * wrong type, a duration without its unit) the schema refuses too.
 */
class ScenarioSchemaTest {
  private static final Path ROOT = Path.of("..");
  private static final Path SCHEMA_FILE = ROOT.resolve("docs/scenario.schema.json");
  private static final JsonNode SCHEMA_TREE = readJson(SCHEMA_FILE);
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA_TREE);

  /** Each mapping of the scenario file: where the schema describes it, and the reader's field list. */
  private static final Map<String, List<String>> LEVELS = levels();

  private static Map<String, List<String>> levels() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("", ScenarioReader.FIELDS);
    m.put("/$defs/cluster", ClusterReader.CLUSTER_FIELDS);
    m.put("/$defs/capacityProvider", ClusterReader.PROVIDER_FIELDS);
    m.put("/$defs/strategyItem", ClusterReader.STRATEGY_FIELDS);
    m.put("/$defs/instanceLaunch", ClusterReader.INSTANCE_LAUNCH_FIELDS);
    m.put("/$defs/managedScaling", ManagedScalingReader.FIELDS);
    m.put("/$defs/spot", SpotReader.SPOT_FIELDS);
    m.put("/$defs/spot/properties/reclaim", SpotReader.RECLAIM_FIELDS);
    m.put("/$defs/durationDistributionForm", DistributionReader.FIELDS);
    m.put("/$defs/durationDistributionForm/properties/exponential", DistributionReader.EXPONENTIAL_FIELDS);
    m.put("/$defs/durationDistributionForm/properties/lognormal", DistributionReader.LOGNORMAL_FIELDS);
    m.put("/$defs/durationDistributionForm/properties/normal", DistributionReader.NORMAL_FIELDS);
    m.put("/$defs/placementStrategyRule", PlacementReader.STRATEGY_FIELDS);
    m.put("/$defs/placementConstraint", PlacementReader.CONSTRAINT_FIELDS);
    m.put("/$defs/taskDefinition", TaskDefinitionReader.FIELDS);
    m.put("/$defs/taskDefinition/properties/runtimePlatform", TaskDefinitionReader.RUNTIME_PLATFORM_FIELDS);
    m.put("/$defs/taskDefinition/properties/ephemeralStorage", TaskDefinitionReader.EPHEMERAL_STORAGE_FIELDS);
    m.put("/$defs/containerDefinition", TaskDefinitionReader.CONTAINER_FIELDS);
    m.put("/$defs/image/anyOf/1", TaskDefinitionReader.IMAGE_FIELDS);
    m.put("/$defs/healthCheck", TaskDefinitionReader.HEALTH_CHECK_FIELDS);
    m.put("/$defs/portMapping", TaskDefinitionReader.PORT_FIELDS);
    m.put("/$defs/job", JobReader.FIELDS);
    m.put("/$defs/arrivals", JobReader.ARRIVAL_FIELDS);
    m.put("/$defs/arrivals/properties/poisson", JobReader.POISSON_FIELDS);
    m.put("/$defs/arrivals/properties/trace", JobReader.TRACE_FIELDS);
    m.put("/$defs/service", ServiceReader.FIELDS);
    m.put("/$defs/service/properties/deploymentConfiguration", ServiceReader.DEPLOYMENT_CONFIGURATION_FIELDS);
    m.put("/$defs/service/properties/deploymentConfiguration/properties/deploymentCircuitBreaker",
        ServiceReader.CIRCUIT_BREAKER_FIELDS);
    m.put("/$defs/service/properties/deployments/items", ServiceReader.DEPLOYMENT_FIELDS);
    m.put("/$defs/load", LoadReader.FIELDS);
    m.put("/$defs/load/properties/memory", LoadReader.MEMORY_FIELDS);
    m.put("/$defs/requestRateProfile", LoadReader.KINDS);
    m.put("/$defs/loadStep", LoadReader.STEP_FIELDS);
    m.put("/$defs/diurnal", LoadReader.DIURNAL_FIELDS);
    m.put("/$defs/requestRateProfile/properties/spikes", LoadReader.SPIKES_FIELDS);
    m.put("/$defs/spike", LoadReader.SPIKE_FIELDS);
    m.put("/$defs/requestRateProfile/properties/trace", LoadReader.TRACE_FIELDS);
    m.put("/$defs/autoScaling", AutoScalingReader.FIELDS);
    // One schema for both policy types: a policy's type decides which of these it takes.
    m.put("/$defs/scalingPolicy", Stream.concat(AutoScalingReader.TARGET_TRACKING_FIELDS.stream(),
        AutoScalingReader.STEP_FIELDS.stream()).distinct().toList());
    m.put("/$defs/alarm", AutoScalingReader.ALARM_FIELDS);
    m.put("/$defs/stepAdjustment", AutoScalingReader.STEP_ADJUSTMENT_FIELDS);
    m.put("/$defs/scheduledAction", AutoScalingReader.SCHEDULED_FIELDS);
    m.put("/$defs/scheduledAction/properties/scalableTargetAction", AutoScalingReader.TARGET_ACTION_FIELDS);
    m.put("/$defs/pricing", PricingReader.FIELDS);
    m.put("/$defs/pricing/properties/ec2/additionalProperties", PricingReader.EC2_FIELDS);
    m.put("/$defs/pricing/properties/fargate", PricingReader.FARGATE_FIELDS);
    m.put("/$defs/pricing/properties/fargate/properties/x86_64", PricingReader.RATE_FIELDS);
    m.put("/$defs/pricing/properties/fargate/properties/arm64", PricingReader.RATE_FIELDS);
    m.put("/$defs/pricing/properties/fargate/properties/spot", PricingReader.RATE_FIELDS);
    m.put("/$defs/variant", VariantReader.FIELDS);
    return m;
  }

  /** Field lists that are part of a level listed above, not a mapping of their own. */
  private static final Set<String> SUBSET_LISTS = Set.of(
      "ClusterReader.EC2_ONLY_FIELDS", "SpotReader.EC2_SPOT_ONLY_FIELDS",
      "AutoScalingReader.TARGET_TRACKING_FIELDS", "AutoScalingReader.STEP_FIELDS");

  @Test
  void everyMappingHasTheFieldsItsReaderAccepts() {
    List<String> differences = new ArrayList<>();
    LEVELS.forEach((pointer, readerFields) -> {
      JsonNode properties = SCHEMA_TREE.at(pointer).path("properties");
      Set<String> schemaFields = new TreeSet<>();
      properties.fieldNames().forEachRemaining(schemaFields::add);
      Set<String> expected = new TreeSet<>(readerFields);
      Set<String> missing = new TreeSet<>(expected);
      missing.removeAll(schemaFields);
      Set<String> extra = new TreeSet<>(schemaFields);
      extra.removeAll(expected);
      if (!missing.isEmpty() || !extra.isEmpty()) {
        differences.add("'" + pointer + "': missing from the schema " + missing + ", unknown to the reader " + extra);
      }
    });
    assertThat(differences).as("schema properties against the readers' field lists").isEmpty();
  }

  @Test
  void everyMappingOfTheSchemaIsOneTheReadersRead() {
    Set<String> described = new TreeSet<>();
    objectsWithProperties(SCHEMA_TREE, "", described);
    assertThat(described).as("object schemas with properties (a new one needs its reader's list in LEVELS)")
        .containsExactlyInAnyOrderElementsOf(LEVELS.keySet());
  }

  @Test
  void everyFieldListOfTheReadersIsComparedWithTheSchema() throws Exception {
    Set<Object> compared = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    compared.addAll(LEVELS.values());
    List<String> unmatched = new ArrayList<>();
    for (Class<?> reader : readerClasses()) {
      for (Field f : reader.getDeclaredFields()) {
        String name = reader.getSimpleName() + "." + f.getName();
        if (Modifier.isStatic(f.getModifiers()) && List.class.isAssignableFrom(f.getType())
            && f.getName().endsWith("FIELDS") && !SUBSET_LISTS.contains(name)) {
          f.setAccessible(true);
          if (!compared.contains(f.get(null))) {
            unmatched.add(name);
          }
        }
      }
    }
    assertThat(unmatched).as("field lists of dev.ecsim.scenario.read not compared with the schema").isEmpty();
  }

  @Test
  void enumsAreSpeltAsTheLoaderAcceptsThem() {
    Map<String, List<String>> enums = new LinkedHashMap<>();
    enums.put("/properties/region", InstanceCatalog.bundledRegions());
    enums.put("/$defs/capacityProvider/properties/type", spellings(ProviderType.values()));
    enums.put("/$defs/capacityProvider/properties/purchaseOption", spellings(PurchaseOption.values()));
    enums.put("/$defs/capacityProvider/properties/imagePullBehavior", spellings(ImagePullBehavior.values()));
    enums.put("/$defs/capacityProvider/properties/managedTerminationProtection", ManagedScalingReader.STATUS);
    enums.put("/$defs/capacityProvider/properties/managedDraining", ManagedScalingReader.STATUS);
    enums.put("/$defs/managedScaling/properties/status", ManagedScalingReader.STATUS);
    enums.put("/$defs/spot/properties/interruptionFrequency/anyOf/0", InterruptionSpec.Band.spellings());
    enums.put("/$defs/placementStrategyRule/properties/type", spellings(PlacementStrategySpec.Type.values()));
    enums.put("/$defs/taskDefinition/properties/networkMode", spellings(NetworkMode.values()));
    enums.put("/$defs/taskDefinition/properties/requiresCompatibilities/items", names(LaunchType.values()));
    enums.put("/$defs/portMapping/properties/protocol", spellings(PortMapping.Protocol.values()));
    enums.put("/$defs/job/properties/onInterruption", spellings(OnInterruption.values()));
    enums.put("/$defs/job/properties/launchType", names(LaunchType.values()));
    enums.put("/$defs/service/properties/launchType", names(LaunchType.values()));
    enums.put("/$defs/service/properties/schedulingStrategy", names(SchedulingStrategy.values()));
    enums.put("/$defs/requestRateProfile/properties/trace/properties/interpolate", LoadReader.INTERPOLATIONS);
    enums.put("/$defs/scalingPolicy/properties/type", AwsNamed.names(PolicyType.values()));
    enums.put("/$defs/scalingPolicy/properties/predefinedMetric", AwsNamed.names(PredefinedMetric.values()));
    enums.put("/$defs/scalingPolicy/properties/adjustmentType", AwsNamed.names(AdjustmentType.values()));
    enums.put("/$defs/scalingPolicy/properties/metricAggregationType", AwsNamed.names(MetricAggregationType.values()));
    enums.put("/$defs/alarm/properties/metric", AwsNamed.names(ServiceMetric.values()));
    enums.put("/$defs/alarm/properties/statistic", AwsNamed.names(Statistic.values()));
    enums.put("/$defs/alarm/properties/comparisonOperator", AwsNamed.names(ComparisonOperator.values()));
    enums.put("/$defs/alarm/properties/treatMissingData", AwsNamed.names(TreatMissingData.values()));
    enums.forEach((pointer, accepted) -> {
      JsonNode values = SCHEMA_TREE.at(pointer).path("enum");
      List<String> inSchema = new ArrayList<>();
      values.forEach(v -> inSchema.add(v.asText()));
      assertThat(inSchema).as(pointer).containsExactlyInAnyOrderElementsOf(accepted);
    });
  }

  @Test
  void everyBundledScenarioPassesTheSchemaAndNamesIt() throws IOException {
    List<Path> files = bundledScenarios();
    assertThat(files).hasSizeGreaterThan(20);
    Map<String, List<String>> failures = new LinkedHashMap<>();
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Path schemaFromFile = file.getParent().toAbsolutePath().normalize()
          .relativize(SCHEMA_FILE.toAbsolutePath().normalize());
      String firstLine = text.lines().findFirst().orElse("");
      assertThat(firstLine).as(file + ": first line tells editors where the schema is")
          .isEqualTo("# yaml-language-server: $schema=" + schemaFromFile.toString().replace('\\', '/'));
      List<String> errors = schemaErrors(text);
      if (!errors.isEmpty()) {
        failures.put(file.toString(), errors);
      }
    }
    assertThat(failures).as("bundled scenarios the schema refuses").isEmpty();
  }

  /** A small scenario both the loader and the schema take; each malformed case changes one thing. */
  private static final String VALID = """
      name: tiny
      duration: 2h
      cluster:
        awsvpcTrunking: false
        capacityProviders:
          - name: od
            type: ec2
            instanceTypes: [m6i.large]
            minSize: 1
            maxSize: 4
            managedScaling: {targetCapacity: 90, instanceWarmupPeriod: 300s}
        defaultCapacityProviderStrategy: [{capacityProvider: od, weight: 1}]
      taskDefinitions:
        - family: app
          networkMode: bridge
          containerDefinitions:
            - {name: app, image: "app:1", cpu: 256, memory: 512MiB}
      services:
        - name: web
          taskDefinition: app
          desiredCount: 2
          load:
            requestRate: {diurnal: {min: 10/s, max: 50/s, peakAt: "14:00"}}
            capacityPerTask: 20/s
      jobs:
        - name: batch
          taskDefinition: app
          arrivals: {poisson: {rate: 30/h}}
          duration: {uniform: [2m, 5m]}
      """;

  @Test
  void theSmallScenarioIsValidForBoth() throws Exception {
    assertThat(schemaErrors(VALID)).isEmpty();
    assertThat(ScenarioLoader.parse(VALID, "tiny.yaml").name()).isEqualTo("tiny");
  }

  /**
   * Each case: what it breaks, the text it replaces, the replacement, and what one of the schema's
   * errors must name (the instance location, or the field for an unknown or missing one), so that a
   * case is refused for the reason it stands for.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown top-level field         | 'duration: 2h'            | 'duration: 2h\\ncolour: blue' | '''colour'''
      unknown container field         | 'image: "app:1"'          | 'imag: "app:1"'               | '''imag'''
      unknown managedScaling field    | 'targetCapacity: 90'      | 'targetCapasity: 90'          | '''targetCapasity'''
      provider type not an enum value | 'type: ec2'               | 'type: ec3'                   | /cluster/capacityProviders/0/type:
      enum spelt in the wrong case    | 'networkMode: bridge'     | 'networkMode: BRIDGE'         | /taskDefinitions/0/networkMode:
      arrivals of no known kind       | '{poisson: {rate: 30/h}}' | '{poison: {rate: 30/h}}'      | '''poison'''
      targetCapacity above 100        | 'targetCapacity: 90'      | 'targetCapacity: 101'         | /managedScaling/targetCapacity:
      minSize below 0                 | 'minSize: 1'              | 'minSize: -1'                 | /cluster/capacityProviders/0/minSize:
      strategy weight above 1000      | 'weight: 1'               | 'weight: 1001'                | /defaultCapacityProviderStrategy/0/weight:
      desiredCount as text            | 'desiredCount: 2'         | 'desiredCount: two'           | /services/0/desiredCount:
      boolean as text                 | 'awsvpcTrunking: false'   | 'awsvpcTrunking: "no"'        | /cluster/awsvpcTrunking:
      container cpu as text           | 'cpu: 256'                | 'cpu: 256units'               | /containerDefinitions/0/cpu:
      duration without a unit         | 'duration: 2h'            | 'duration: 7200'              | /duration:
      duration in words               | 'duration: 2h'            | 'duration: 2 hours'           | /duration:
      rate without its unit           | 'capacityPerTask: 20/s'   | 'capacityPerTask: 20'         | /services/0/load/capacityPerTask:
      memory in an unknown unit       | 'memory: 512MiB'          | 'memory: 512KB'               | /containerDefinitions/0/memory:
      peakAt not a time of day        | 'peakAt: "14:00"'         | 'peakAt: "25:00"'             | /diurnal/peakAt:
      missing required field          | 'family: app'             | 'familyName: app'             | '''family'''
      REPLICA without desiredCount    | 'desiredCount: 2'         | 'schedulingStrategy: REPLICA' | '''desiredCount'''
      """)
  void aMalformedScenarioFailsTheSchemaAsItFailsTheLoader(String what, String from, String to, String named) {
    String text = VALID.replace(from, to.replace("\\n", "\n"));
    assertThat(text).as("the case changes the scenario").isNotEqualTo(VALID);
    assertThatThrownBy(() -> ScenarioLoader.parse(text, "tiny.yaml")).as("the loader refuses it")
        .isInstanceOf(InvalidScenarioException.class);
    assertThat(schemaErrors(text)).as(what).anySatisfy(error -> assertThat(error).contains(named));
  }

  /**
   * Task definitions read from an AWS task definition file and the top-level {@code images:} map are
   * landing beside this schema in a parallel change to the readers; the schema takes their shapes now.
   */
  @Test
  void aTaskDefinitionMayComeFromAFileAndImagesMayBeSized() {
    String fromFile = VALID.replace("""
          - family: app
            networkMode: bridge
            containerDefinitions:
              - {name: app, image: "app:1", cpu: 256, memory: 512MiB}
        """, """
          - file: taskdefs/app.json
          - {file: taskdefs/app.json, family: app2}
        images:
          "app:1": 350MiB
          "app:*": 1GiB
        """);
    assertThat(fromFile).isNotEqualTo(VALID);
    assertThat(schemaErrors(fromFile)).isEmpty();
    assertThat(schemaErrors(fromFile.replace("family: app2}", "family: app2, cpu: 256}")))
        .anySatisfy(error -> assertThat(error).contains("/taskDefinitions/1"));
    assertThat(schemaErrors(fromFile.replace("1GiB", "1 gallon")))
        .anySatisfy(error -> assertThat(error).contains("/images/app:*"));
  }

  private static List<String> schemaErrors(String yaml) {
    JsonNode tree;
    try {
      tree = LocatedYaml.parse(yaml).root();
    } catch (LocatedYaml.SyntaxError e) {
      throw new AssertionError("not YAML: " + e.getMessage(), e);
    }
    return SCHEMA.validate(tree).stream().map(Error::toString).toList();
  }

  /** The pointers of every object schema that lists properties: the mappings the schema describes. */
  private static void objectsWithProperties(JsonNode node, String pointer, Set<String> out) {
    if (node.isObject()) {
      if ("object".equals(node.path("type").asText()) && node.has("properties")) {
        out.add(pointer);
      }
      node.fields().forEachRemaining(e -> objectsWithProperties(e.getValue(),
          pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        objectsWithProperties(node.get(i), pointer + "/" + i, out);
      }
    }
  }

  /** Every YAML file under scenarios/ but the sweep files of scenarios/sweeps/ (docs/sweeps.md). */
  private static List<Path> bundledScenarios() throws IOException {
    Path sweeps = ROOT.resolve("scenarios").resolve("sweeps");
    try (Stream<Path> walk = Files.walk(ROOT.resolve("scenarios"))) {
      return walk.filter(p -> p.toString().endsWith(".yaml") && !p.startsWith(sweeps)).sorted().toList();
    }
  }

  private static List<Class<?>> readerClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path dir = Path.of(ScenarioReader.class.getResource("ScenarioReader.class").toURI()).getParent();
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String simple = f.getFileName().toString().replace(".class", "");
        out.add(Class.forName(ScenarioReader.class.getPackageName() + "." + simple));
      }
    }
    return out;
  }

  private static <E extends Enum<E> & Spelled> List<String> spellings(E[] values) {
    return Arrays.stream(values).map(Spelled::spelling).toList();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static JsonNode readJson(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file.toAbsolutePath().normalize(), e);
    }
  }
}
