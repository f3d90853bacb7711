package dev.ecsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the ecsim command in-process and captures its exit code, stdout and stderr. */
record CommandRunner(int exitCode, String out, String err) {

  static CommandRunner run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new CommandRunner(code, out.toString(), err.toString());
  }
}
