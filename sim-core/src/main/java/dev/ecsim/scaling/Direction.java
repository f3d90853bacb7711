package dev.ecsim.scaling;

/** Which way a scaling activity moves the desired count. */
public enum Direction {
  OUT, IN
}
