package dev.ecsim.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a query expression asks about: one of the fixed fields or an attribute (ECS DG:
 * cluster-query-language, "Subject"). Each subject knows the operators AWS allows on it, how it
 * reads its argument, and its values on an instance: none (absent attribute), one, or several
 * ({@code task:group}, one per task group on the instance).
 */
public sealed interface Subject permits Subject.Field, Subject.Attribute {

  String render();

  Set<Operator> validOperators();

  ValueKind valueKind();

  List<Value> valuesOf(InstanceFacts facts);

  /** The fixed subjects, with the operator lists the AWS page gives for each. */
  enum Field implements Subject {
    AGENT_CONNECTED("agentConnected", ValueKind.BOOLEAN, Operator.EQUALITY_AND_MATCH),
    AGENT_VERSION("agentVersion", ValueKind.VERSION, Operator.EQUALITY_AND_ORDER),
    EC2_INSTANCE_ID("ec2InstanceId", ValueKind.TEXT, Operator.EQUALITY_AND_MATCH),
    REGISTERED_AT("registeredAt", ValueKind.INSTANT, Operator.EQUALITY_AND_ORDER),
    RUNNING_TASKS_COUNT("runningTasksCount", ValueKind.WHOLE_NUMBER, Operator.EQUALITY_AND_ORDER),
    /** AWS lists no restriction for task:group, so every operator applies. */
    TASK_GROUP("task:group", ValueKind.TEXT, Operator.ALL);

    private final String spelling;
    private final ValueKind kind;
    private final Set<Operator> operators;

    Field(String spelling, ValueKind kind, Set<Operator> operators) {
      this.spelling = spelling;
      this.kind = kind;
      this.operators = operators;
    }

    @Override
    public String render() {
      return spelling;
    }

    @Override
    public Set<Operator> validOperators() {
      return operators;
    }

    @Override
    public ValueKind valueKind() {
      return kind;
    }

    @Override
    public List<Value> valuesOf(InstanceFacts facts) {
      return switch (this) {
        case AGENT_CONNECTED -> List.of(new Value.Flag(facts.agentConnected()));
        case AGENT_VERSION -> List.of(new Value.Text(facts.agentVersion()));
        case EC2_INSTANCE_ID -> List.of(new Value.Text(facts.ec2InstanceId()));
        case REGISTERED_AT -> List.of(new Value.Timestamp(facts.registeredAt()));
        case RUNNING_TASKS_COUNT -> List.of(new Value.WholeNumber(facts.runningTasksCount()));
        case TASK_GROUP -> facts.taskGroups().stream().<Value>map(Value.Text::new).toList();
      };
    }
  }

  /**
   * {@code attribute:NAME}. AWS names are 1-128 letters, digits, hyphens, underscores, slashes,
   * backslashes or periods (ECS DG: task-placement-constraints). ecsim decision: {@code :} is
   * allowed too, so namespaced custom names such as {@code team:owner} work. AWS lists no operator
   * restriction for attributes, so every operator applies.
   */
  record Attribute(String name) implements Subject {
    static final String PREFIX = "attribute:";
    static final String NAME_RULE = "1-128 letters, digits or the characters . - _ / \\ :";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._/\\\\:-]{1,128}");

    public Attribute {
      Objects.requireNonNull(name, "name");
      if (!isValidName(name)) {
        throw new IllegalArgumentException("invalid attribute name '" + name + "'");
      }
    }

    static boolean isValidName(String name) {
      return NAME.matcher(name).matches();
    }

    @Override
    public String render() {
      return PREFIX + name;
    }

    @Override
    public Set<Operator> validOperators() {
      return Operator.ALL;
    }

    @Override
    public ValueKind valueKind() {
      return ValueKind.TEXT;
    }

    @Override
    public List<Value> valuesOf(InstanceFacts facts) {
      // Checked per candidate in a full placement pass: no stream pipeline here.
      Optional<String> value = facts.attribute(name);
      return value.isEmpty() ? List.of() : List.of(new Value.Text(value.get()));
    }
  }
}
