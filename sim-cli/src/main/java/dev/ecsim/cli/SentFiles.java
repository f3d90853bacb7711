package dev.ecsim.cli;

import dev.ecsim.scenario.yaml.SourceFiles;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files a sweep's points read when the driver checked them (traces, task definition files),
 * as bytes by absolute path, sent with the runs so that a worker elsewhere reads none of its own.
 * A file is held once however many points read it; a file that changed between two points' reads
 * is held in both versions, each point keeping the one it was checked with.
 */
public final class SentFiles implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<String> paths;
  private final List<byte[]> contents;
  /** Per point, the indexes of its files in {@link #paths} and {@link #contents}. */
  private final List<int[]> byPoint;

  private SentFiles(List<String> paths, List<byte[]> contents, List<int[]> byPoint) {
    this.paths = paths;
    this.contents = contents;
    this.byPoint = byPoint;
  }

  /** How many points' files this holds. */
  int points() {
    return byPoint.size();
  }

  /** Point {@code p}'s files, served as its load read them on the driver. */
  SourceFiles of(int p) {
    Map<Path, byte[]> files = new HashMap<>();
    for (int f : byPoint.get(p)) {
      files.put(Path.of(paths.get(f)), contents.get(f));
    }
    return SourceFiles.of(files);
  }

  /** Collects the points' files in grid order, each distinct (path, bytes) once. */
  static final class Builder {
    private final List<String> paths = new ArrayList<>();
    private final List<byte[]> contents = new ArrayList<>();
    private final Map<String, List<Integer>> versions = new HashMap<>();
    private final List<int[]> byPoint = new ArrayList<>();

    /** The next point's files, by absolute path. */
    void point(Map<Path, byte[]> files) {
      int[] indexes = new int[files.size()];
      int k = 0;
      for (Map.Entry<Path, byte[]> file : files.entrySet()) {
        indexes[k++] = index(file.getKey().toString(), file.getValue());
      }
      byPoint.add(indexes);
    }

    private int index(String path, byte[] bytes) {
      List<Integer> held = versions.computeIfAbsent(path, p -> new ArrayList<>());
      for (int i : held) {
        if (Arrays.equals(contents.get(i), bytes)) {
          return i;
        }
      }
      paths.add(path);
      contents.add(bytes);
      held.add(paths.size() - 1);
      return paths.size() - 1;
    }

    SentFiles build() {
      return new SentFiles(List.copyOf(paths), List.copyOf(contents), List.copyOf(byPoint));
    }
  }
}
