package dev.ecsim.run;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Overrides the tries of every property of a class that adds this hook with the system property
 * {@code ecsim.randomTries}, so a long run is one command ({@code -Decsim.randomTries=10000});
 * without it each property keeps the tries its annotation gives (the build's short run).
 * {@code @Property(tries = ...)} takes only a constant, and jqwik lets an around-property hook
 * change a property's attributes before it runs.
 */
public final class RandomTries implements AroundPropertyHook {
  static final String PROPERTY = "ecsim.randomTries";

  /** Added on a class, the hook applies to its properties (a hook's default is the element it is on only). */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    String tries = System.getProperty(PROPERTY);
    if (tries != null && !tries.isBlank()) {
      int n = Integer.parseInt(tries.trim());
      if (n < 1) {
        throw new IllegalArgumentException(PROPERTY + " must be a whole number of tries above 0, found " + tries);
      }
      context.attributes().setTries(n);
    }
    return property.execute();
  }
}
