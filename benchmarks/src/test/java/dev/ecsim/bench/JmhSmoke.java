package dev.ecsim.bench;

import java.util.Collection;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs a benchmark class's methods in this JVM for a moment each: that they run, not how fast. */
final class JmhSmoke {
  private JmhSmoke() {}

  static Collection<RunResult> run(Class<?> benchmark, int instances) throws RunnerException {
    return new Runner(new OptionsBuilder()
        .include(Pattern.quote(benchmark.getName()) + "\\.")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(200))
        .threads(1)
        .param("instances", String.valueOf(instances))
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        .build()).run();
  }
}
