/**
 * {@code ecsim import}: turns what the AWS CLI prints about a running cluster (describe-clusters,
 * describe-capacity-providers, describe-auto-scaling-groups, describe-launch-template-versions,
 * describe-services, describe-task-definition, Application Auto Scaling's describe calls,
 * CloudWatch get-metric-data and describe-alarms, ECR describe-images) into a commented scenario.
 * Independent of the simulator: it reads JSON and writes YAML text, and the scenario loader judges
 * the result like any hand-written scenario.
 */
package dev.ecsim.cli.importer;
