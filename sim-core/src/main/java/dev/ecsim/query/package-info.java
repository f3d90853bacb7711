/**
 * The ECS cluster query language, the expression of a {@code memberOf} placement constraint
 * (ECS DG: cluster-query-language): lexer, parser, immutable expression records and their
 * evaluation against {@link dev.ecsim.query.InstanceFacts}, a view the cluster model implements.
 *
 * <p>May depend on: nothing else of ecsim, so that the scenario reader (to check an expression
 * when the file loads) and placement (to evaluate it) can both use it; re2j for the regex
 * operators.
 */
package dev.ecsim.query;
