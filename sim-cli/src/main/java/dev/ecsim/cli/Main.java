package dev.ecsim.cli;

import picocli.CommandLine;

/** The {@code ecsim} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    try {
      System.exit(commandLine().execute(args));
    } catch (OutOfMemoryError e) {
      // A run watches its heap and stops before this; anything else that fills it still gets one
      // line and the exit code of a limit reached, not a stack trace.
      System.err.println("ecsim: memory ran out; give Java more memory (ECSIM_JAVA_OPTS=-Xmx8g) or ask for less"
          + " (docs/scenario-reference.md, Limits)");
      System.exit(ErrorHandler.RESOURCE_LIMIT);
    }
  }

  /**
   * A bad option or argument: its message and one hint on stderr, exit 2 (the full usage, 30 lines,
   * buried the message).
   */
  private static int usageError(picocli.CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    var err = cli.getErr();
    err.println("ecsim: " + e.getMessage());
    picocli.CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ErrorHandler.INVALID_INPUT;
  }

  /** The configured command line, also used by tests to run commands in-process. */
  public static CommandLine commandLine() {
    return configured(new EcsimCommand());
  }

  /**
   * A command line for {@code command} with ecsim's conventions: a bad option or input is one clear
   * message and exit 2, output that cannot be written exit 3, an internal error one line and exit
   * 1 (the Spark job's entry point, sim-spark, keeps them this way).
   */
  public static CommandLine configured(Object command) {
    CommandLine cli = new CommandLine(command);
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}
