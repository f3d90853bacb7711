package dev.ecsim.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.Summary;
import dev.ecsim.run.Simulation;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.testing.Scenarios;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.junit.jupiter.api.Test;

/**
 * Jobs on c identical one-task instances with Poisson arrivals and exponential durations form an
 * M/M/c queue: the simulated mean wait must match Erlang C, and time in system must obey Little's
 * law. Image size and container start time are zero so the wait is pure queueing.
 */
class QueueingTheoryTest {
  static final int SERVERS = 4;
  static final double ARRIVALS_PER_HOUR = 16.8;
  static final double MEAN_SERVICE_MINUTES = 10;
  static final int REPLICATIONS = 8;

  /** Erlang C probability of waiting, then Wq = C / (c mu - lambda). */
  static double erlangCMeanWaitSeconds(int c, double lambdaPerSecond, double muPerSecond) {
    double a = lambdaPerSecond / muPerSecond;
    double sum = 0;
    for (int k = 0; k < c; k++) {
      sum += Math.pow(a, k) / CombinatoricsUtils.factorialDouble(k);
    }
    double top = Math.pow(a, c) / CombinatoricsUtils.factorialDouble(c) * c / (c - a);
    double probabilityOfWaiting = top / (sum + top);
    return probabilityOfWaiting / (c * muPerSecond - lambdaPerSecond);
  }

  @Test
  void erlangCFormulaMatchesATextbookValue() {
    // a = 2 Erlangs on c = 3 servers: P(wait) = 4/9 (e.g. Gross & Harris); with mu = 1, Wq = (4/9)/(3-2).
    assertThat(erlangCMeanWaitSeconds(3, 2, 1)).isCloseTo(4.0 / 9, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void meanWaitMatchesErlangCAndTimeInSystemObeysLittlesLaw() {
    // m5.large registers 2048 CPU units and 8028 MiB: a 5,000 MiB task fits exactly once.
    String yaml = """
        name: mmc
        duration: 180d
        metricsPeriod: 1m
        %s
        taskDefinitions:
          - family: work
            cpu: 1024
            memory: 5000
            containerDefinitions: [{name: w, image: "work:1"}]
        jobs:
          - name: work
            taskDefinition: work
            arrivals: {poisson: {rate: %s/h}}
            duration: {exponential: {mean: %sm}}
        """.formatted(Scenarios.cluster("m5.large", SERVERS), ARRIVALS_PER_HOUR, MEAN_SERVICE_MINUTES);
    Scenario scenario = Scenarios.parse(yaml);
    double lambda = ARRIVALS_PER_HOUR / 3600;
    double mu = 1 / (MEAN_SERVICE_MINUTES * 60);
    double expectedWait = erlangCMeanWaitSeconds(SERVERS, lambda, mu);

    List<Double> waits = new ArrayList<>();
    for (int r = 0; r < REPLICATIONS; r++) {
      RunResult run = Simulation.build(scenario.withSeed(100 + r)).run();
      Summary.JobFigures job = run.summary().jobs().get("work");
      waits.add(job.waitSecondsMean());
      assertLittlesLaw(run, job, scenario.durationMillis() / 1000.0);
    }
    double mean = waits.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double sd = Math.sqrt(waits.stream().mapToDouble(w -> (w - mean) * (w - mean)).sum() / (REPLICATIONS - 1));
    double halfWidth99 = new TDistribution(REPLICATIONS - 1).inverseCumulativeProbability(0.995) * sd / Math.sqrt(REPLICATIONS);
    // Erlang C gives 152 s here; the replications' 99 % interval must contain it, and be tight
    // enough (under 10 % of it) for that to mean something.
    assertThat(expectedWait).isBetween(mean - halfWidth99, mean + halfWidth99);
    assertThat(halfWidth99 / expectedWait).isLessThan(0.10);
  }

  /** L = lambda W: time-average number of tasks in the system vs arrival rate x mean time in system. */
  private static void assertLittlesLaw(RunResult run, Summary.JobFigures job, double horizonSeconds) {
    double[] queued = run.series().column(SeriesNames.jobQueue("work"));
    double[] active = run.series().column(SeriesNames.jobActive("work"));
    double sum = 0;
    for (int i = 0; i < queued.length; i++) {
      sum += queued[i] + active[i];
    }
    double inSystem = sum / queued.length;
    double lambda = job.submitted() / horizonSeconds;
    assertThat(inSystem).isCloseTo(lambda * job.turnaroundSecondsMean(), org.assertj.core.api.Assertions.withinPercentage(3));
  }
}
