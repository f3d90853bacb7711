package dev.ecsim.reports.compare;

/**
 * What a row of the comparison is about: the run as a whole, one service, one job or one capacity
 * provider. Set where {@link ComparisonRows} builds the row from its typed figure, so that the
 * verdicts find the services and jobs from it and never read a name back out of the row's
 * summary.json path ({@code services.NAME.runningAvg}): a name with a dot in it, or a change of
 * path, must not change which services count as shared.
 */
public sealed interface RowSubject {

  /** The whole run: its total cost, the cluster's figures, and figures derived over several services or jobs. */
  RowSubject CLUSTER = new Cluster();

  record Cluster() implements RowSubject {}

  record Service(String name) implements RowSubject {}

  record Job(String name) implements RowSubject {}

  /** A capacity provider: its cost, its tasks' start latency. */
  record Provider(String name) implements RowSubject {}
}
