package dev.ecsim.cli;

import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.ScenarioFile;
import dev.ecsim.scenario.ValidationIssue;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check scenario files, each with all its variants; prints every issue as "
        + "FILE:LINE:COL: PATH: MESSAGE, and after a valid file its notes as FILE:LINE:COL: note: PATH: MESSAGE.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file is valid", "2:at least one file has issues"})
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "SCENARIO.yaml", description = "Scenario files to check.")
  List<Path> files;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    boolean allValid = true;
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    for (Path file : files) {
      try {
        ScenarioFile loaded = ScenarioLoader.loadFile(file);
        out.println(file + ": valid" + (loaded.variants().isEmpty() ? ""
            : " (with variants " + String.join(", ", loaded.variantNames()) + ")"));
        // Notes are not problems: what was accepted but changes nothing in a run, what was assumed.
        for (ValidationIssue note : loaded.notes()) {
          out.println(note.formatAsNote());
        }
      } catch (InvalidScenarioException e) {
        allValid = false;
        for (ValidationIssue issue : e.issues()) {
          err.println(issue.format());
        }
      }
    }
    out.flush();
    err.flush();
    return allValid ? 0 : ErrorHandler.INVALID_INPUT;
  }
}
