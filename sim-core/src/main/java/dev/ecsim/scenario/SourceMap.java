package dev.ecsim.scenario;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each path of a parsed YAML document stands in its file, so a problem found on the records
 * long after parsing still points at a line and column. Paths look like
 * {@code jobs[0].arrivals.poisson.rate}.
 */
public final class SourceMap {
  private final Map<String, SourceLocation> values = new HashMap<>();
  private final Map<String, SourceLocation> keys = new HashMap<>();

  void putValue(String path, SourceLocation location) {
    values.putIfAbsent(path, location);
  }

  void putKey(String path, SourceLocation location) {
    keys.putIfAbsent(path, location);
  }

  /** The value at {@code path}, else its key, else the nearest enclosing path that is known. */
  public SourceLocation locate(String path) {
    String p = path;
    while (true) {
      SourceLocation at = values.get(p);
      if (at == null) {
        at = keys.get(p);
      }
      if (at != null) {
        return at;
      }
      if (p.isEmpty()) {
        return SourceLocation.START;
      }
      p = parent(p);
    }
  }

  /** The key of the field at {@code path} (for "unknown field" errors), else {@link #locate}. */
  public SourceLocation locateKey(String path) {
    SourceLocation at = keys.get(path);
    return at != null ? at : locate(path);
  }

  static String parent(String path) {
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf('[');
    int cut = Math.max(dot, bracket);
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
