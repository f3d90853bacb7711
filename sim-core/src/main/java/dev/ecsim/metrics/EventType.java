package dev.ecsim.metrics;

/**
 * What kind of thing an {@link EventRecord} reports. The constant's name is the type as events.csv
 * spells it, so the file reads as before: a reader filters on these words.
 */
public enum EventType {
  /** An Auto Scaling group launched instances (scale-out, a replacement, capacity rebalancing). */
  INSTANCES_LAUNCHED,
  /** An instance's agent registered it with the cluster: it takes tasks from now on. */
  INSTANCE_REGISTERED,
  /** Managed draining set an instance picked for scale-in to DRAINING. */
  INSTANCE_DRAINING,
  /** An instance left its group: scale-in or a spot interruption. */
  INSTANCE_TERMINATED,
  /** Cluster auto scaling left PROVISIONING tasks too big for the smallest type out of its estimate. */
  SCALING_EXCLUDED,
  /** The two-minute spot interruption notice, of an EC2 Spot instance or a Fargate Spot task. */
  SPOT_INTERRUPTION_WARNING,
  /** Spot capacity of a type in a zone was reclaimed: some of its instances get a notice. */
  SPOT_CAPACITY_RECLAIM,
  /** RunTask was refused: too many tasks already PROVISIONING. */
  RUNTASK_REFUSED,
  /** A task of a service or job found no place. */
  PLACEMENT_FAILURE,
  /** Fargate task launches are being throttled. */
  THROTTLED,
  /** RegisterScalableTarget moved the desired count into the target's range. */
  SCALABLE_TARGET_REGISTERED,
  /** A CloudWatch alarm of a scaling policy changed state. */
  ALARM,
  /** A scaling policy moved a service's desired count. */
  SCALING_ACTIVITY,
  /** A scheduled action set a service's capacity range. */
  SCHEDULED_ACTION,
  /** A service deployment began rolling out. */
  DEPLOYMENT_STARTED,
  /** A service deployment reached a steady state. */
  DEPLOYMENT_COMPLETED,
  /** A service deployment failed (its circuit breaker tripped). */
  DEPLOYMENT_FAILED,
  /** A service's task stopped unexpectedly. */
  TASK_STOPPED
}
