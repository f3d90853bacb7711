package dev.ecsim.service;

import dev.ecsim.capacity.StrategyChooser;
import dev.ecsim.cluster.Task;
import dev.ecsim.cluster.TaskRequirements;
import dev.ecsim.engine.Engine;
import dev.ecsim.metrics.Summary;
import dev.ecsim.placement.PlacementRequest;
import dev.ecsim.scenario.ArrivalSpec;
import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.JobSpec;
import dev.ecsim.scenario.LaunchType;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.PlacementStrategySpec;
import dev.ecsim.scenario.StrategyItem;
import dev.ecsim.scenario.TaskDefinitionSpec;
import dev.ecsim.workload.Distribution;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * One job: submits a standalone task at each arrival and keeps the job's figures. Arrivals and
 * durations come from the job's own random streams ({@code arrivals/NAME}, {@code durations/NAME}),
 * and a task's duration is drawn when it arrives, so a variant with other capacity sees the very
 * same workload.
 */
public final class JobRunner {
  private final JobSpec spec;
  private final Instant startTime;
  private final TaskDefinitionSpec definition;
  private final Function<String, TaskDefinitionSpec> definitionOf;
  private final List<StrategyItem> strategy;
  private final Engine engine;
  private final TaskScheduler scheduler;
  private final long horizon;
  private final Distribution.Sampler durations;
  private final PlacementRequest placement;
  /** The task definitions an arrivals trace names besides the job's, with their placement requests. */
  private final Map<String, PlacementRequest> tracePlacements = new HashMap<>();
  private final Map<String, Integer> activeByProvider = new HashMap<>();
  private final DescriptiveStatistics waitSeconds = new DescriptiveStatistics();
  private ExponentialDistribution poissonGaps;
  private int nextArrival;
  private long submitted;
  private long completed;
  private double turnaroundSecondsSum;
  private int active;
  private long interrupted;
  private long retried;
  private double lostTaskSeconds;
  private final Map<Task, Long> runMillisOf = new HashMap<>();
  /** ECS's stop code for a task whose essential container ran to its end (ECS API: TaskStopCode). */
  public static final String ESSENTIAL_CONTAINER_EXITED = "EssentialContainerExited";
  /** ECS's stop code for a task its spot capacity took away (ECS API: TaskStopCode). */
  public static final String SPOT_INTERRUPTION = "SpotInterruption";

  /** {@code startTime} is the instant simulated time 0 stands for: scheduled arrivals are read from it. */
  public JobRunner(JobSpec spec, TaskDefinitionSpec definition, List<StrategyItem> strategy, SchedulingContext context,
      long horizon, Instant startTime) {
    this(spec, definition, family -> definition, strategy, context, horizon, startTime);
  }

  /**
   * @param definitions the scenario's task definitions by family, for the rows of an arrivals trace
   *     that name one of their own
   */
  public JobRunner(JobSpec spec, TaskDefinitionSpec definition, Function<String, TaskDefinitionSpec> definitions,
      List<StrategyItem> strategy, SchedulingContext context, long horizon, Instant startTime) {
    Engine engine = context.engine();
    this.startTime = startTime;
    this.spec = spec;
    this.definition = definition;
    this.definitionOf = definitions;
    this.strategy = strategy;
    this.engine = engine;
    this.scheduler = context.scheduler();
    this.horizon = horizon;
    this.durations = spec.duration().sampler(engine.rng("durations/" + spec.name()));
    this.placement = placementRequest(spec, definition);
    if (spec.arrivals() instanceof ArrivalSpec.Trace trace) {
      // Worked out once per family, as for the job's own definition: a request is per definition.
      trace.taskDefinitions().forEach(family -> tracePlacements.put(family,
          placementRequest(spec, definitions.apply(family))));
    }
  }

  /**
   * Constraints from the task definition and the job combine; without a strategy RunTask places at
   * random (docs/ecs-behaviour.md §1.2, ecsim decision 1). A runtimePlatform architecture keeps the
   * task to instances of that architecture, as ECS matches it against ecs.cpu-architecture.
   */
  static PlacementRequest placementRequest(JobSpec spec, TaskDefinitionSpec definition) {
    List<PlacementConstraintSpec> constraints = new ArrayList<>(definition.placementConstraints());
    constraints.addAll(spec.placementConstraints());
    constraints.addAll(Architectures.constraint(definition));
    List<PlacementStrategySpec> strategy = spec.placementStrategy().isEmpty()
        ? List.of(PlacementStrategySpec.random()) : spec.placementStrategy();
    return new PlacementRequest(TaskRequirements.of(definition, spec.groupFor(definition.family())),
        List.copyOf(constraints), strategy);
  }

  public String name() {
    return spec.name();
  }

  public void start() {
    ArrivalSpec arrivals = spec.arrivals();
    if (arrivals instanceof ArrivalSpec.Poisson p) {
      poissonGaps = new ExponentialDistribution(engine.rng("arrivals/" + spec.name()), 1000.0 / p.ratePerSecond());
      scheduleAt(Math.round(poissonGaps.sample()));
    } else if (arrivals instanceof ArrivalSpec.FixedInterval) {
      scheduleAt(0);
    } else if (arrivals instanceof ArrivalSpec.Times t && !t.timesMillis().isEmpty()) {
      scheduleAt(t.timesMillis().get(0));
    } else if (arrivals instanceof ArrivalSpec.Trace t && !t.arrivals().isEmpty()) {
      scheduleAt(t.arrivals().get(0).atMillis());
    } else if (arrivals instanceof ArrivalSpec.Scheduled s) {
      scheduleNextFire(s, -1);
    }
  }

  /** The schedule's next fire after {@code afterMillis}, read in its zone from the scenario's start. */
  private void scheduleNextFire(ArrivalSpec.Scheduled s, long afterMillis) {
    s.schedule().nextFireAfter(startTime.plusMillis(afterMillis), s.zone(), startTime)
        .map(at -> Duration.between(startTime, at).toMillis())
        .ifPresent(this::scheduleAt);
  }

  /**
   * A run covers [0, horizon): an arrival at the horizon itself belongs to the period after it, so a
   * task every 10 minutes over an hour is 6 tasks, as a cron firing each minute over 2 hours fires
   * 120 times (it used to be 7 and 121, the last one counted with a wait of 0 s).
   */
  private void scheduleAt(long time) {
    if (time < horizon) {
      engine.schedule(time, this::arrive);
    }
  }

  private void arrive() {
    long now = engine.now();
    ArrivalSpec arrivals = spec.arrivals();
    if (arrivals instanceof ArrivalSpec.Trace t) {
      // Every row at this time, then the next time: rows of one time are one arrival event.
      List<ArrivalSpec.TraceArrival> rows = t.arrivals();
      while (nextArrival < rows.size() && rows.get(nextArrival).atMillis() == now) {
        submit(rows.get(nextArrival++));
      }
      if (nextArrival < rows.size()) {
        scheduleAt(rows.get(nextArrival).atMillis());
      }
      return;
    }
    int count = arrivals instanceof ArrivalSpec.Scheduled s ? s.count() : 1;
    for (int i = 0; i < count; i++) {
      submit();
    }
    if (arrivals instanceof ArrivalSpec.Poisson) {
      scheduleAt(now + Math.round(poissonGaps.sample()));
    } else if (arrivals instanceof ArrivalSpec.FixedInterval f) {
      scheduleAt(now + f.intervalMillis());
    } else if (arrivals instanceof ArrivalSpec.Scheduled s) {
      scheduleNextFire(s, now);
    } else if (arrivals instanceof ArrivalSpec.Times t) {
      nextArrival++;
      if (nextArrival < t.timesMillis().size()) {
        scheduleAt(t.timesMillis().get(nextArrival));
      }
    }
  }

  private void submit() {
    submitted++;
    launch(spec.name() + "-" + submitted, Math.round(durations.sample()), placement, definition);
  }

  /**
   * A trace row: its run time, or one drawn from the job's duration (the draw is made either way,
   * so a row's own duration does not shift the draws of the rows after it); its task definition, or
   * the job's.
   */
  private void submit(ArrivalSpec.TraceArrival row) {
    submitted++;
    long drawn = Math.round(durations.sample());
    long runMillis = row.durationMillis().orElse(drawn);
    PlacementRequest request = row.taskDefinition().map(tracePlacements::get).orElse(placement);
    TaskDefinitionSpec def = row.taskDefinition().map(definitionOf).orElse(definition);
    launch(spec.name() + "-" + submitted, runMillis, request, def);
  }

  /** Starts a task (an arrival, or a retry after an interruption) that runs {@code runMillis}. */
  private void launch(String id, long runMillis, PlacementRequest placement, TaskDefinitionSpec definition) {
    String provider = spec.launchType().map(JobRunner::launchTypeProvider)
        .orElseGet(() -> StrategyChooser.choose(strategy, p -> activeByProvider.getOrDefault(p, 0)));
    activeByProvider.merge(provider, 1, Integer::sum);
    active++;
    Task task = new Task(id, spec.name(), definition, placement.requirements(), provider, engine.now(), true);
    runMillisOf.put(task, runMillis);
    scheduler.submit(task, OwnerKind.JOB, placement, OptionalLong.of(runMillis), this::started, this::stopped);
  }

  /**
   * launchType EC2: no provider, any instance of the cluster; launchType FARGATE: Fargate on demand,
   * reported under the built-in FARGATE provider.
   */
  private static String launchTypeProvider(LaunchType type) {
    return type == LaunchType.EC2 ? "" : CapacityProviderSpec.FARGATE;
  }

  private void started(Task task) {
    waitSeconds.addValue((task.startedAt().getAsLong() - task.createdAt()) / 1000.0);
  }

  /**
   * A task that ran its course completes; one its instance was taken from under (a spot
   * interruption, or a scale-in termination with managed termination protection off) is started
   * over ({@code onInterruption: retry}, its RUNNING time lost) or counted as failed ({@code fail}).
   * ECS never restarts a standalone task itself; {@code retry} is the submitter's own retry, as
   * AWS Batch's retry strategy does for "Task stopped during instance draining".
   */
  private void stopped(Task task) {
    activeByProvider.merge(task.capacityProvider(), -1, Integer::sum);
    active--;
    long runMillis = runMillisOf.remove(task);
    if (task.stopCode().filter(JobRunner::lostItsInstance).isPresent()) {
      interrupted++;
      task.startedAt().ifPresent(started -> lostTaskSeconds += (task.stoppedAt().getAsLong() - started) / 1000.0);
      if (spec.onInterruption() == JobSpec.OnInterruption.RETRY) {
        retried++;
        TaskDefinitionSpec def = task.definition();
        launch(task.id() + "-retry", runMillis, tracePlacements.getOrDefault(def.family(), placement), def);
      }
      return;
    }
    completed++;
    turnaroundSecondsSum += (task.stoppedAt().getAsLong() - task.createdAt()) / 1000.0;
  }

  private static boolean lostItsInstance(String stopCode) {
    return stopCode.equals(SPOT_INTERRUPTION) || stopCode.equals(ScaleInDrainer.TERMINATION_NOTICE);
  }

  /** Tasks submitted and not yet stopped (waiting, starting or running). */
  public int active() {
    return active;
  }

  /**
   * The job's figures at the end of the run ({@code horizon}). A task that has not started by then
   * counts among the waits with the wait it has had so far (right-censored: a lower bound of its
   * true wait), oldest first so the figures do not depend on map order.
   */
  public Summary.JobFigures figures() {
    DescriptiveStatistics waits = waitSeconds.copy();
    List<Task> waiting = runMillisOf.keySet().stream()
        .filter(t -> t.startedAt().isEmpty())
        .sorted(Comparator.comparingLong(Task::createdAt).thenComparing(Task::id))
        .toList();
    waiting.forEach(t -> waits.addValue((horizon - t.createdAt()) / 1000.0));
    boolean any = waits.getN() > 0;
    return new Summary.JobFigures(
        submitted,
        completed,
        any ? waits.getMean() : 0,
        any ? waits.getPercentile(50) : 0,
        any ? waits.getPercentile(95) : 0,
        any ? waits.getPercentile(99) : 0,
        completed > 0 ? turnaroundSecondsSum / completed : 0,
        interrupted,
        retried,
        lostTaskSeconds,
        waiting.size());
  }
}
