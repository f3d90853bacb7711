package dev.ecsim.run;

import static dev.ecsim.metrics.Rounding.round6;

import dev.ecsim.cluster.Cluster;
import dev.ecsim.cluster.Task;
import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.InstancePool;
import dev.ecsim.cost.Ec2Billing;
import dev.ecsim.engine.Engine;
import dev.ecsim.metrics.SeriesKey;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.TaskAggregates;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.service.JobRunner;
import dev.ecsim.service.ServiceRun;
import dev.ecsim.service.SpotInterrupter;
import dev.ecsim.service.TaskScheduler;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/** Assembles the end-of-run {@link Summary} from the parts of a finished simulation. */
final class SummaryBuilder {
  static final String IDLE = "idle";

  private SummaryBuilder() {}

  static Summary build(Scenario scenario, Engine engine, Cluster cluster, TaskScheduler scheduler,
      TaskAggregates tasks, List<JobRunner> jobs, List<ServiceRun> services, SpotInterrupter spot, Ec2Billing.Bill bill,
      TimeSeries series) {
    long horizon = scenario.durationMillis();
    return new Summary(
        Summary.SCHEMA_VERSION,
        scenario.name(),
        scenario.seed(),
        1,
        round6(horizon / 1000.0),
        engine.eventsFired(),
        cost(scenario, tasks, jobs, services, bill),
        cluster(cluster, series, horizon),
        tasks(tasks, scheduler),
        serviceFigures(services, horizon),
        jobFigures(jobs),
        new Summary.Spot(spot.instanceInterruptions(), spot.taskInterruptions()),
        startLatency(tasks),
        scheduler.failuresByReason().figures());
  }

  /**
   * The EC2 bill (instances) plus the Fargate bill (tasks, each its own meter). A task's cost is
   * its reserved share of its instance (EC2) or its own bill (Fargate); what no EC2 task reserved
   * is "idle", so byService adds up to the total.
   */
  private static Summary.Cost cost(Scenario scenario, TaskAggregates tasks, List<JobRunner> jobs,
      List<ServiceRun> services, Ec2Billing.Bill bill) {
    Map<String, Double> byProvider = new TreeMap<>();
    Map<String, Double> byPurchase = new TreeMap<>(bill.byPurchaseOption());
    for (CapacityProviderSpec p : scenario.cluster().capacityProviders()) {
      byProvider.put(p.name(), bill.byCapacityProvider().getOrDefault(p.name(), 0.0));
      // Every option the scenario buys is listed, $0 when nothing was bought that way, so that a
      // figure absent from a summary means "undefined", never "zero" (see Replications).
      byPurchase.putIfAbsent(p.effectivePurchaseOption().spelling(), 0.0);
    }
    Map<String, Double> byService = new TreeMap<>();
    jobs.forEach(j -> byService.put(j.name(), 0.0));
    services.forEach(svc -> byService.put(svc.name(), 0.0));
    tasks.costUsdByOwner().forEach((owner, usd) -> byService.merge(owner, usd, Double::sum));
    double allocatedEc2 = tasks.ec2AllocatedUsd();
    // A Spot Instance EC2 interrupted in its first hour is free, and so are its tasks' shares.
    for (Map.Entry<String, Double> refund : bill.allocationRefundsByOwner().entrySet()) {
      byService.merge(refund.getKey(), -refund.getValue(), Double::sum);
      allocatedEc2 -= refund.getValue();
    }
    double fargate = 0;
    for (Map.Entry<String, Double> e : tasks.fargateCostUsdByProvider().entrySet()) {
      fargate += e.getValue();
      byProvider.merge(e.getKey(), e.getValue(), Double::sum);
      String option = scenario.cluster().capacityProvider(e.getKey()).orElseThrow()
          .effectivePurchaseOption().spelling();
      byPurchase.merge(option, e.getValue(), Double::sum);
    }
    byService.replaceAll((k, v) -> round6(v));
    byService.put(IDLE, round6(bill.totalUsd() - allocatedEc2));
    byProvider.replaceAll((k, v) -> round6(v));
    byPurchase.replaceAll((k, v) -> round6(v));
    return new Summary.Cost(round6(bill.totalUsd() + fargate), byProvider, byService, byPurchase);
  }

  /** createdAt to startedAt of every task that started, per capacity provider (launch type EC2: "EC2"). */
  private static Map<String, Summary.StartLatency> startLatency(TaskAggregates tasks) {
    Map<String, Summary.StartLatency> out = new TreeMap<>();
    tasks.startLatencySeconds().forEach((p, seconds) -> {
      DescriptiveStatistics s = new DescriptiveStatistics(seconds);
      out.put(p, new Summary.StartLatency(s.getN(), round6(s.getMean()),
        round6(s.getPercentile(50)), round6(s.getPercentile(95)), round6(s.getPercentile(99)), round6(s.getMax())));
    });
    return out;
  }

  private static Summary.Cluster cluster(Cluster cluster, TimeSeries series, long horizon) {
    double instanceMillis = cluster.instanceMillis(horizon);
    return new Summary.Cluster(
        round6(periodWeightedMean(series, SeriesNames.CPU_RESERVATION_PCT)),
        round6(periodWeightedMean(series, SeriesNames.MEMORY_RESERVATION_PCT)),
        round6(periodWeightedMean(series, SeriesNames.CPU_UTILIZATION_PCT)),
        round6(periodWeightedMean(series, SeriesNames.MEMORY_UTILIZATION_PCT)),
        cluster.instancesLaunched(),
        cluster.instancesPeak(),
        round6(instanceMillis / 3_600_000.0));
  }

  /** The mean of a per-period column, each period weighted by its length (the last may be short). */
  static double periodWeightedMean(TimeSeries series, SeriesKey column) {
    double[] values = series.column(column);
    double weighted = 0;
    long total = 0;
    long previous = 0;
    for (int r = 0; r < series.rows(); r++) {
      long length = series.timeMillis(r) - previous;
      weighted += values[r] * length;
      total += length;
      previous = series.timeMillis(r);
    }
    return total == 0 ? 0 : weighted / total;
  }

  /**
   * {@code completed}: tasks that ran to their end (stop code EssentialContainerExited), not those a
   * service or a spot interruption stopped.
   */
  private static Summary.Tasks tasks(TaskAggregates tasks, TaskScheduler scheduler) {
    long completed = tasks.stoppedByCode().getOrDefault(JobRunner.ESSENTIAL_CONTAINER_EXITED, 0L);
    long stoppedBySpot = tasks.stoppedByCode().getOrDefault(JobRunner.SPOT_INTERRUPTION, 0L);
    return new Summary.Tasks(tasks.launched(), completed, stoppedBySpot, scheduler.placementFailures());
  }

  /**
   * Per service: RUNNING tasks averaged over the run, the range of desired counts, scaling actions,
   * CPU utilization and unserved requests from its load, time below desired, requests offered.
   * Without a load model a task is taken to use all it reserves (as a job task does), and no
   * request is offered.
   */
  private static Map<String, Summary.ServiceFigures> serviceFigures(List<ServiceRun> services, long horizon) {
    Map<String, Summary.ServiceFigures> out = new TreeMap<>();
    for (ServiceRun s : services) {
      double runningAvg = horizon == 0 ? 0 : s.runningIntegral().integralUntil(horizon) / horizon;
      out.put(s.name(), new Summary.ServiceFigures(round6(runningAvg), s.desiredMin(), s.desiredMax(),
          s.scaleOutEvents(), s.scaleInEvents(), round6(s.cpuUtilizationAvgPct(horizon).orElse(0)),
          round6(s.unservedRequestFraction(horizon)), round6(s.belowDesiredIntegral().integralUntil(horizon) / 1000.0),
          round6(s.offeredRequests(horizon))));
    }
    return out;
  }

  private static Map<String, Summary.JobFigures> jobFigures(List<JobRunner> jobs) {
    Map<String, Summary.JobFigures> out = new TreeMap<>();
    for (JobRunner j : jobs) {
      Summary.JobFigures f = j.figures();
      out.put(j.name(), new Summary.JobFigures(f.submitted(), f.completed(), round6(f.waitSecondsMean()),
          round6(f.waitSecondsP50()), round6(f.waitSecondsP95()), round6(f.waitSecondsP99()),
          round6(f.turnaroundSecondsMean()), f.interrupted(), f.retried(), round6(f.lostTaskSeconds()),
          f.waitingAtEnd()));
    }
    return out;
  }
}
