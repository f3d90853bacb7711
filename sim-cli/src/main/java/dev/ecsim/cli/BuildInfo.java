package dev.ecsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What this ecsim is: the project version from the jar's manifest and the Git commit the build came
 * from, which the build writes beside the classes as {@code build.properties}. A bug report that says
 * both lets anyone rebuild the very program that gave a result.
 *
 * @param version the project version, or "development" when run from classes outside a jar
 * @param commit the abbreviated commit id, or empty when the sources were built outside Git
 * @param modified whether the work tree had uncommitted changes when it was built
 */
record BuildInfo(String version, String commit, boolean modified) {

  private static final String RESOURCE = "build.properties";

  /** This program's build. */
  static BuildInfo current() {
    String version = Main.class.getPackage().getImplementationVersion();
    Properties build = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        build.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + " from ecsim's own classes", e);
    }
    return of(version == null ? "development" : version, build);
  }

  /** The build the Git plugin's properties describe; missing keys mean a build outside Git. */
  static BuildInfo of(String version, Properties build) {
    return new BuildInfo(version, build.getProperty("git.commit.id.abbrev", "").strip(),
        Boolean.parseBoolean(build.getProperty("git.dirty", "false").strip()));
  }

  /** For example "0.1.0-SNAPSHOT (commit 4f2a9c01be77)", as the version option and run.json say it. */
  String describe() {
    if (commit.isEmpty()) {
      return version + " (built outside Git: commit unknown)";
    }
    return version + " (commit " + commit + (modified ? ", with uncommitted changes" : "") + ")";
  }
}
