package dev.ecsim.cli.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The AWS CLI outputs ecsim import reads, each recognised by its top-level key (the file name says
 * nothing: people save them as they like). The keys are those the CLI prints: the ECS and ECR
 * APIs spell their members in camelCase, Auto Scaling, Application Auto Scaling, CloudWatch and EC2
 * in PascalCase.
 */
enum AwsShape {
  CLUSTERS("clusters", "aws ecs describe-clusters"),
  CAPACITY_PROVIDERS("capacityProviders", "aws ecs describe-capacity-providers"),
  AUTO_SCALING_GROUPS("AutoScalingGroups", "aws autoscaling describe-auto-scaling-groups"),
  SERVICES("services", "aws ecs describe-services"),
  TASK_DEFINITION("taskDefinition", "aws ecs describe-task-definition"),
  SCALABLE_TARGETS("ScalableTargets", "aws application-autoscaling describe-scalable-targets"),
  SCALING_POLICIES("ScalingPolicies", "aws application-autoscaling describe-scaling-policies"),
  SCHEDULED_ACTIONS("ScheduledActions", "aws application-autoscaling describe-scheduled-actions"),
  METRIC_DATA("MetricDataResults", "aws cloudwatch get-metric-data"),
  /**
   * What get-metric-data was asked: its {@code --metric-data-queries} file, a list of queries
   * ({@code [{"Id", "MetricStat": {"Metric": {"Namespace", "MetricName", "Dimensions"}, ...}}]}),
   * or the same under {@code MetricDataQueries} as {@code --cli-input-json} takes it. It says which
   * target group a RequestCount is of, which the output does not.
   */
  METRIC_DATA_QUERIES("MetricDataQueries", "the --metric-data-queries file of aws cloudwatch get-metric-data"),
  METRIC_ALARMS("MetricAlarms", "aws cloudwatch describe-alarms"),
  ECR_IMAGES("imageDetails", "aws ecr describe-images"),
  LAUNCH_TEMPLATE_VERSIONS("LaunchTemplateVersions", "aws ec2 describe-launch-template-versions");

  final String key;
  final String command;

  AwsShape(String key, String command) {
    this.key = key;
    this.command = command;
  }

  /** The shape whose key the object holds, with the value of the kind that command prints. */
  static Optional<AwsShape> of(JsonNode root) {
    if (root != null && root.isArray() && !root.isEmpty()) {
      boolean queries = true;
      for (JsonNode item : root) {
        queries &= item.isObject() && item.has("Id") && (item.has("MetricStat") || item.has("Expression"));
      }
      return queries ? Optional.of(METRIC_DATA_QUERIES) : Optional.empty();
    }
    if (root == null || !root.isObject()) {
      return Optional.empty();
    }
    for (AwsShape shape : values()) {
      JsonNode value = root.get(shape.key);
      boolean expected = shape == TASK_DEFINITION ? value != null && value.isObject() : value != null && value.isArray();
      if (expected) {
        return Optional.of(shape);
      }
    }
    return Optional.empty();
  }
}
