package dev.ecsim.scaling;

import java.util.List;

/**
 * The outcome of one minute of a scalable target: the desired count to run (unchanged unless an
 * activity moved it), the capacity range now in force, what happened and which alarms changed.
 */
public record Decision(int desiredCount, int minCapacity, int maxCapacity, List<ScalingActivity> activities,
    List<AlarmChange> alarmChanges) {

  public Decision {
    activities = List.copyOf(activities);
    alarmChanges = List.copyOf(alarmChanges);
  }
}
