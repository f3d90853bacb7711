package dev.ecsim.scenario.yaml;

/** A quantity string that does not parse; the message names the value and the valid forms. */
public final class QuantityException extends IllegalArgumentException {
  public QuantityException(String message) {
    super(message);
  }
}
