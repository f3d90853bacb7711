/**
 * Application Auto Scaling for a service's desired count (docs/ecs-behaviour.md §6): the scenario's
 * scaling specs (target tracking, step scaling, scheduled actions, CloudWatch alarms), schedule
 * expressions, and the scalable target that feeds its policies one datapoint a minute and combines
 * what they propose. Pure: the caller owns time and the service.
 *
 * <p>May depend on: nothing else of ecsim (the scenario package reads into its Spec records, so it
 * must stay below scenario); cron-utils for cron expressions.
 */
package dev.ecsim.scaling;
