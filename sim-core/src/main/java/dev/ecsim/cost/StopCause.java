package dev.ecsim.cost;

/** Why an instance's meter stopped: the bill of an interrupted Spot Instance follows its own rule. */
public enum StopCause {
  /** Terminated by the user or by scale-in: per second, 60-second minimum (EC2 UG: concepts). */
  TERMINATED,
  /**
   * Reclaimed by EC2 after the two-minute notice: nothing in the first instance-hour, the seconds
   * used after it (EC2 UG: "Billing for interrupted Spot Instances").
   */
  SPOT_INTERRUPTION
}
