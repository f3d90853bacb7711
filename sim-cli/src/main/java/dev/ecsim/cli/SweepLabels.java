package dev.ecsim.cli;

import dev.ecsim.scenario.yaml.ParameterPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The labels sweep parameters go by in chart titles, legends, sweep.html and the terminal table. A
 * path such as {@code cluster.capacityProviders[0].maxSize} wraps in a chart title, so a parameter
 * without a label of its own is called by the path's last field with its indexes ({@code maxSize},
 * {@code instanceTypes[0]}); where two would read the same, each of those takes the segment before
 * it as well ({@code services[0].maxSize}), and so on up to the whole path.
 */
final class SweepLabels {
  private SweepLabels() {}

  static List<String> of(List<ParameterPath> paths, List<Optional<String>> given) {
    if (paths.size() != given.size()) {
      throw new IllegalArgumentException(paths.size() + " paths but " + given.size() + " labels");
    }
    List<List<String>> segments = paths.stream().map(SweepLabels::segments).toList();
    int[] depth = new int[paths.size()];
    Arrays.fill(depth, 1);
    List<String> labels = new ArrayList<>();
    while (true) {
      labels.clear();
      for (int i = 0; i < paths.size(); i++) {
        int d = depth[i];
        labels.add(given.get(i).orElse(suffixOf(segments.get(i), d)));
      }
      Map<String, Integer> uses = new HashMap<>();
      labels.forEach(l -> uses.merge(l, 1, Integer::sum));
      boolean lengthened = false;
      for (int i = 0; i < paths.size(); i++) {
        if (given.get(i).isEmpty() && uses.get(labels.get(i)) > 1 && depth[i] < segments.get(i).size()) {
          depth[i]++;
          lengthened = true;
        }
      }
      if (!lengthened) {
        return List.copyOf(labels);
      }
    }
  }

  /** The last {@code depth} segments joined by dots. */
  private static String suffixOf(List<String> segments, int depth) {
    return String.join(".", segments.subList(segments.size() - depth, segments.size()));
  }

  /** The path's fields, each with the indexes that follow it: a.b[0][1].c is a, b[0][1], c. */
  static List<String> segments(ParameterPath path) {
    List<String> segments = new ArrayList<>();
    for (Object step : path.steps()) {
      if (step instanceof String name) {
        segments.add(name);
      } else if (segments.isEmpty()) {
        segments.add("[" + step + "]");
      } else {
        int last = segments.size() - 1;
        segments.set(last, segments.get(last) + "[" + step + "]");
      }
    }
    return segments;
  }
}
