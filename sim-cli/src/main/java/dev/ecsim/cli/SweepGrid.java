package dev.ecsim.cli;

import java.util.ArrayList;
import java.util.List;

/** The points of a parameter grid, in a fixed order: the first parameter varies slowest. */
final class SweepGrid {
  private SweepGrid() {}

  /** For each point, the index of each parameter's value; one empty point for no parameters. */
  static List<List<Integer>> indexes(List<Integer> sizes) {
    List<List<Integer>> points = new ArrayList<>();
    points.add(List.of());
    for (int size : sizes) {
      List<List<Integer>> next = new ArrayList<>();
      for (List<Integer> prefix : points) {
        for (int v = 0; v < size; v++) {
          List<Integer> point = new ArrayList<>(prefix);
          point.add(v);
          next.add(List.copyOf(point));
        }
      }
      points = next;
    }
    return points;
  }
}
