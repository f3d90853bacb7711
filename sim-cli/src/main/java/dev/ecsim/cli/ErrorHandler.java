package dev.ecsim.cli;

import dev.ecsim.engine.ResourceLimitException;
import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.ValidationIssue;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps what a command throws to an exit code: invalid input prints every issue and exits 2; output
 * that cannot be written exits 3 with the OS's reason; a run that grew past what it may hold (tasks
 * alive at once, memory) exits 4 with the figure that grew; anything else is an internal error, one line
 * and exit 1, with the stack trace only under --debug.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  static final int INVALID_INPUT = 2;
  static final int INTERNAL_ERROR = 1;
  static final int OUTPUT_FAILED = 3;
  static final int RESOURCE_LIMIT = 4;

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    var err = cli.getErr();
    if (e instanceof InvalidScenarioException invalid) {
      for (ValidationIssue issue : invalid.issues()) {
        err.println(issue.format());
      }
      err.flush();
      return INVALID_INPUT;
    }
    if (e instanceof OutputException output) {
      err.println("ecsim: " + output.getMessage());
      err.flush();
      return OUTPUT_FAILED;
    }
    if (e instanceof ResourceLimitException limit) {
      err.println("ecsim: " + limit.getMessage());
      err.flush();
      return RESOURCE_LIMIT;
    }
    if (e instanceof InvalidOptionException bad) {
      err.println("ecsim: " + bad.getMessage());
      err.flush();
      return INVALID_INPUT;
    }
    if (debugRequested(parsed)) {
      e.printStackTrace(err);
    } else {
      err.println("ecsim: internal error: " + e + " (run again with --debug for the stack trace)");
    }
    err.flush();
    return INTERNAL_ERROR;
  }

  private static boolean debugRequested(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
