package dev.ecsim.cli;

import picocli.CommandLine.IVersionProvider;

/** The version option's answer: the project version and the commit ecsim was built from. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"ecsim " + version()};
  }

  /** The version and commit, as run.json records them. */
  static String version() {
    return BuildInfo.current().describe();
  }
}
