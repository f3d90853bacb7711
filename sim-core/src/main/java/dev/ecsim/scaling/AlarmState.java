package dev.ecsim.scaling;

/** The three states of a CloudWatch alarm (CloudWatch User Guide: alarm states). */
public enum AlarmState {
  OK, ALARM, INSUFFICIENT_DATA
}
