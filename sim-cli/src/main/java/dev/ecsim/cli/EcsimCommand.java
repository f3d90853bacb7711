package dev.ecsim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(
    name = "ecsim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Discrete-event simulator of Amazon ECS clusters: capacity, placement, scaling and cost.",
    subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, ValidateCommand.class, ImportCommand.class,
        CatalogCommand.class, picocli.CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:unexpected internal error (see --debug)", "2:invalid input (scenario or options)",
        "3:output could not be written (the operating system's reason is given)",
        "4:a run reached a limit on what it may hold (tasks alive at once, memory)"})
public final class EcsimCommand implements java.util.concurrent.Callable<Integer> {

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of internal errors.")
  boolean debug;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  /** Without a command there is nothing to do: that is a usage error, said on stderr (exit 2). */
  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    err.println("ecsim: name a command: run, compare, sweep, validate, import or catalog");
    err.println("Try 'ecsim --help' for more information.");
    err.flush();
    return ErrorHandler.INVALID_INPUT;
  }
}
