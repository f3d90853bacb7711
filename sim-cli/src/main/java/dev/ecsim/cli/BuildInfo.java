package dev.ecsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What this ecsim is: the project version from the jar's manifest and the Git commit the build came
 * from, which the build writes beside the classes as {@code build-commit.txt} (what
 * {@code git describe --always --dirty --abbrev=12} answered). A bug report that says both lets
 * anyone rebuild the very program that gave a result.
 *
 * @param version the project version, or "development" when run from classes outside a jar
 * @param commit the commit as Git describes it (an abbreviated id, or a tag and the commits since
 *     it), or empty when the sources were built outside Git
 * @param modified whether the work tree had uncommitted changes when it was built
 */
record BuildInfo(String version, String commit, boolean modified) {

  private static final String RESOURCE = "build-commit.txt";
  /** What {@code git describe --dirty} appends for a work tree with uncommitted changes. */
  private static final String DIRTY = "-dirty";

  /** This program's build. */
  static BuildInfo current() {
    String version = Main.class.getPackage().getImplementationVersion();
    String described = "";
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        described = new String(in.readNBytes(200), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + " from ecsim's own classes", e);
    }
    return of(version == null ? "development" : version, described);
  }

  /** The build Git described as {@code described}; empty means a build outside Git. */
  static BuildInfo of(String version, String described) {
    String commit = described.strip();
    boolean modified = commit.endsWith(DIRTY);
    return new BuildInfo(version, modified ? commit.substring(0, commit.length() - DIRTY.length()) : commit,
        modified);
  }

  /** For example "0.1.0-SNAPSHOT (commit 4f2a9c01be77)", as the version option and run.json say it. */
  String describe() {
    if (commit.isEmpty()) {
      return version + " (built outside Git: commit unknown)";
    }
    return version + " (commit " + commit + (modified ? ", with uncommitted changes" : "") + ")";
  }
}
