package dev.ecsim.cluster;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * A set of live instances with O(1) add and remove, iterated in the order they were added (launch
 * order: an instance joins once and never comes back) and drawn by position for sampling. Positions
 * are a swap-remove array, so they are not launch order but depend only on the sequence of adds
 * and removes: deterministic. Whatever leaves is gone from every structure here.
 */
final class LiveInstances {
  /** Insertion-ordered; each value is the instance's slot in {@link #slots}, updated in place on a swap. */
  private final LinkedHashMap<ContainerInstance, int[]> positions = new LinkedHashMap<>();
  private ContainerInstance[] slots = new ContainerInstance[8];
  private int size;

  boolean add(ContainerInstance instance) {
    if (positions.containsKey(instance)) {
      return false;
    }
    if (size == slots.length) {
      slots = Arrays.copyOf(slots, size * 2);
    }
    slots[size] = instance;
    positions.put(instance, new int[] {size});
    size++;
    return true;
  }

  boolean remove(ContainerInstance instance) {
    int[] position = positions.remove(instance);
    if (position == null) {
      return false;
    }
    int last = --size;
    ContainerInstance moved = slots[last];
    slots[last] = null;
    if (moved != instance) {
      slots[position[0]] = moved;
      positions.get(moved)[0] = position[0];
    }
    return true;
  }

  boolean contains(ContainerInstance instance) {
    return positions.containsKey(instance);
  }

  int size() {
    return size;
  }

  ContainerInstance at(int index) {
    Objects.checkIndex(index, size);
    return slots[index];
  }

  /** A read-only view in add order; it follows later changes, so iterate it before changing the set. */
  Collection<ContainerInstance> view() {
    return Collections.unmodifiableSet(positions.keySet());
  }
}
