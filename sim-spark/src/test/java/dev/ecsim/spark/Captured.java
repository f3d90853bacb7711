package dev.ecsim.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** A command line run in-process: its exit code, stdout and stderr. */
record Captured(int exitCode, String out, String err) {

  static Captured run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Captured(code, out.toString(), err.toString());
  }
}
