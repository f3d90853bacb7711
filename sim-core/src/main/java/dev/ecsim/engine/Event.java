package dev.ecsim.engine;

/** Something that happens at one simulated instant; it may schedule further events. */
@FunctionalInterface
public interface Event {
  void fire();
}
