package dev.ecsim.spark;

import java.io.Serializable;

/** What a Spark task sends back for its run: the run's summary, or the limit the run reached. */
sealed interface Played extends Serializable permits RunSummary, LimitReached {
  /** Which run ({@link dev.ecsim.cli.SweepPlan.Runs}: point by point, replications in seed order). */
  int run();
}
