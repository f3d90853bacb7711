package dev.ecsim.spark;

import dev.ecsim.cli.Main;
import dev.ecsim.cli.SweepPlan;
import dev.ecsim.reports.SweepWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ecsim sweep} as a Spark application: the driver reads the sweep file and its base
 * scenario and checks every point, the executors play the runs, and the driver writes the same
 * sweep.csv, charts/ and sweep.html. Submitted with spark-submit, which gives the master; docs/sweeps.md,
 * On a Spark cluster, says what must be readable where (the driver reads every file).
 */
@Command(name = "ecsim-spark-sweep", mixinStandardHelpOptions = true,
    description = {"Run a sweep (SWEEP.yaml, as for 'ecsim sweep') as a Spark job: one task per grid point and "
        + "replication. The results are those of 'ecsim sweep' byte for byte.",
        "Writes sweep.csv, charts/ and sweep.html into the output directory on the driver, atomically."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:the Spark job failed, or an unexpected internal error (see --debug)",
        "2:invalid sweep file, scenario, grid point or options",
        "3:the sweep could not be written (the operating system's reason is given)",
        "4:a run reached a limit of what a run may hold (tasks alive at once, memory)"})
public final class SparkSweep implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "SWEEP.yaml", description = "The sweep to run, read on the driver.")
  Path sweepFile;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Output directory on the driver (default: out/<sweep file name without extension>).")
  Path output;

  @Option(names = "--replications", paramLabel = "N",
      description = "Replications per grid point (default: the sweep file's, else 1).")
  Integer replications;

  @Option(names = "--master", paramLabel = "URL",
      description = "The Spark master, for a try without spark-submit (local[*]); spark-submit gives its own.")
  String master;

  @Option(names = "--quiet", description = "Print nothing on success.")
  boolean quiet;

  @Option(names = "--debug", description = "Print stack traces of internal errors and of a failed Spark job.")
  boolean debug;

  @Spec
  CommandSpec spec;

  /** How each task plays its run; tests put a stand-in here. */
  SparkSweepJob.Player player = SparkSweepJob.Player.EACH_RUN;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with ecsim's exit codes and messages; tests run it in-process. */
  static CommandLine commandLine() {
    return commandLine(new SparkSweep());
  }

  static CommandLine commandLine(SparkSweep command) {
    return Main.configured(command);
  }

  @Override
  public Integer call() throws Exception {
    SweepPlan plan = SweepPlan.read(sweepFile, replications);
    // spark-submit passes the master as the spark.master property, which SparkConf reads.
    if (master == null && !new SparkConf().contains("spark.master")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no Spark master: submit with spark-submit, or give --master local[*] to run on this machine");
    }
    SparkSession.Builder builder = SparkSession.builder().appName("ecsim sweep " + sweepFile.getFileName());
    if (master != null) {
      builder.master(master);
    }
    SparkSweepJob.Outcome outcome;
    SparkSession session = builder.getOrCreate();
    try {
      outcome = SparkSweepJob.run(JavaSparkContext.fromSparkContext(session.sparkContext()), plan, player);
    } catch (RunLimitException e) {
      // As ecsim sweep says it (ErrorHandler): the limit's one line, exit 4, nothing written.
      var err = spec.commandLine().getErr();
      err.println("ecsim: " + e.getMessage());
      err.flush();
      return 4;
    } catch (Exception e) {
      if (!(e instanceof SparkException) || debug) {
        throw e;
      }
      // Spark's first line names the task and what it threw; the executor's stack trace follows.
      var err = spec.commandLine().getErr();
      err.println("ecsim: the Spark job failed: " + e.getMessage().lines().findFirst().orElse(""));
      err.flush();
      return 1;
    } finally {
      session.stop();
    }
    Path outDir = output != null ? output : plan.defaultOutput();
    plan.write(outcome.sweep(), SweepPlan.command(sweepFile, output, replications), outDir);
    if (!quiet) {
      var out = spec.commandLine().getOut();
      out.println(plan.headline() + " in " + outcome.tasks() + " Spark tasks");
      out.println("table: " + outDir.resolve(SweepWriter.SWEEP_CSV));
      out.println("report: " + outDir.resolve(SweepWriter.SWEEP_HTML));
      out.flush();
    }
    return 0;
  }
}
