package dev.ecsim.run;

import dev.ecsim.cluster.ContainerInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Who is told when an instance registers, in order. The groups are built before the schedulers and
 * daemons that listen, so they get this list, and the listeners are added once every component
 * exists; an instance registering before then is a wiring error, refused rather than half told.
 */
final class InstanceListeners {
  private final List<Consumer<ContainerInstance>> listeners = new ArrayList<>();
  private boolean complete;

  void add(Consumer<ContainerInstance> listener) {
    if (complete) {
      throw new IllegalStateException("instance listeners added after the run was wired");
    }
    listeners.add(listener);
  }

  /** Every listener is in: instances may register from now on. */
  void complete() {
    complete = true;
  }

  void registered(ContainerInstance instance) {
    if (!complete) {
      throw new IllegalStateException("an instance registered before the run was wired: " + instance.id());
    }
    for (Consumer<ContainerInstance> listener : listeners) {
      listener.accept(instance);
    }
  }
}
