package dev.ecsim.cli;

import picocli.CommandLine;

/** The {@code ecsim} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests to run commands in-process. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new EcsimCommand());
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}
