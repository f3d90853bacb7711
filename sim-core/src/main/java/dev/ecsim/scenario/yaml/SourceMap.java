package dev.ecsim.scenario.yaml;

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

  public void putValue(String path, SourceLocation location) {
    values.putIfAbsent(path, location);
  }

  public void putKey(String path, SourceLocation location) {
    keys.putIfAbsent(path, location);
  }

  /** Whether the file holds a key or a value at exactly {@code path}. */
  public boolean knows(String path) {
    return values.containsKey(path) || keys.containsKey(path);
  }

  /** An independent copy, for a variant's or sweep point's own locations. */
  public SourceMap copy() {
    SourceMap copy = new SourceMap();
    copy.values.putAll(values);
    copy.keys.putAll(keys);
    return copy;
  }

  /**
   * Forgets what stood below {@code path} (its own key and value stay): once a field is given a new
   * value, the old value's parts no longer exist, so their problems locate at the field.
   */
  public void forgetBelow(String path) {
    values.keySet().removeIf(p -> below(p, path));
    keys.keySet().removeIf(p -> below(p, path));
  }

  /**
   * Files what {@code from} knows about {@code fromPath} and everything below it under
   * {@code toPath} instead (replacing what was there), so a value written in one place of the
   * file (a variant's {@code set}) is located there when read as another field.
   */
  public void moveIn(SourceMap from, String fromPath, String toPath) {
    values.remove(toPath);
    keys.remove(toPath);
    forgetBelow(toPath);
    from.values.forEach((p, at) -> {
      if (p.equals(fromPath) || below(p, fromPath)) {
        values.put(toPath + p.substring(fromPath.length()), at);
      }
    });
    from.keys.forEach((p, at) -> {
      if (p.equals(fromPath) || below(p, fromPath)) {
        keys.put(toPath + p.substring(fromPath.length()), at);
      }
    });
  }

  /** Whether {@code path} is strictly inside {@code ancestor}: a field or element of it, at any depth. */
  public static boolean below(String path, String ancestor) {
    if (ancestor.isEmpty()) {
      return !path.isEmpty();
    }
    return path.length() > ancestor.length() && path.startsWith(ancestor)
        && (path.charAt(ancestor.length()) == '.' || path.charAt(ancestor.length()) == '[');
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

  public static String parent(String path) {
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf('[');
    int cut = Math.max(dot, bracket);
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
