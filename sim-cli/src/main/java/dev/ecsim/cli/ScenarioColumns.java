package dev.ecsim.cli;

import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.ScenarioFile;
import dev.ecsim.scenario.ValidationIssue;
import dev.ecsim.scenario.Variant;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a comparison, in the order the files are given: a file without variants is one
 * column, named by its scenario; a file with variants is one column per variant, named by the
 * variant. {@code sources} say where each column comes from ({@code FILE} or {@code FILE:VARIANT}),
 * for headings when names collide and for notes.
 */
record ScenarioColumns(List<Scenario> scenarios, List<String> names, List<String> sources) {

  /**
   * Every file is loaded before anything runs, and the issues of all of them are reported together;
   * fewer than two columns are no comparison.
   */
  static ScenarioColumns load(List<Path> files) throws InvalidScenarioException {
    List<Scenario> scenarios = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<ValidationIssue> issues = new ArrayList<>();
    for (Path file : files) {
      ScenarioFile loaded;
      try {
        loaded = ScenarioLoader.loadFile(file);
      } catch (InvalidScenarioException e) {
        issues.addAll(e.issues());
        continue;
      }
      if (loaded.variants().isEmpty()) {
        scenarios.add(loaded.base());
        names.add(loaded.base().name());
        sources.add(file.toString());
      }
      for (Variant v : loaded.variants()) {
        scenarios.add(v.scenario());
        names.add(v.name());
        sources.add(file + ":" + v.name());
      }
    }
    if (!issues.isEmpty()) {
      throw new InvalidScenarioException(issues);
    }
    if (scenarios.size() < 2) {
      throw new InvalidOptionException(tooFew(files, sources));
    }
    return new ScenarioColumns(List.copyOf(scenarios), List.copyOf(names), List.copyOf(sources));
  }

  private static String tooFew(List<Path> files, List<String> sources) {
    String found = sources.isEmpty() ? "none" : "1 (" + sources.get(0) + ")";
    String run = sources.isEmpty() ? "" : "; to simulate one scenario use: ecsim run " + files.get(0)
        + (sources.get(0).equals(files.get(0).toString()) ? ""
            : " --variant " + sources.get(0).substring(files.get(0).toString().length() + 1));
    return "compare needs at least two scenarios, from two or more files or from the variants of one, found " + found
        + run;
  }
}
