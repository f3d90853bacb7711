package dev.ecsim.cli;

import dev.ecsim.cli.importer.ClusterImporter;
import dev.ecsim.cli.importer.SchemaReference;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Write a scenario from a cluster saved with the AWS CLI: every *.json in the folders is read and "
        + "recognised by its content (describe-clusters, describe-capacity-providers, describe-auto-scaling-groups, "
        + "describe-services, describe-task-definition, describe-scalable-targets, describe-scaling-policies, "
        + "describe-scheduled-actions, get-metric-data, describe-alarms, ecr describe-images, ec2 describe-launch-template-versions); other files are named on stderr and skipped.",
        "Task definitions are copied beside the scenario under taskdefs/, load traces under traces/. Comments in "
        + "the scenario say what AWS has that ecsim does not simulate and what was assumed; stderr sums them up."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:scenario written", "2:invalid input (no folder, nothing recognised, -o exists without --force)",
        "3:output could not be written (the operating system's reason is given)"})
final class ImportCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders holding the saved AWS CLI outputs (*.json).")
  List<Path> folders;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "SCENARIO.yaml", description = "The scenario to write.")
  Path output;

  @Option(names = "--force", description = "Overwrite -o and the files copied beside it if they exist.")
  boolean force;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (Files.exists(output) && !force) {
      throw new InvalidOptionException("-o " + output + " exists; pass --force to overwrite it");
    }
    ClusterImporter.Imported imported;
    try {
      imported = ClusterImporter.importFolders(folders);
    } catch (IOException e) {
      throw new InvalidOptionException(OutputException.reason(e));
    }
    Path dir = output.toAbsolutePath().getParent();
    List<String> written = new java.util.ArrayList<>(imported.copies().keySet());
    written.addAll(imported.generated().keySet());
    for (String relative : written) {
      if (Files.exists(dir.resolve(relative)) && !force) {
        throw new InvalidOptionException(dir.resolve(relative) + " exists; pass --force to overwrite it");
      }
    }
    try {
      for (Map.Entry<String, Path> copy : imported.copies().entrySet()) {
        writeAtomically(dir.resolve(copy.getKey()), Files.readAllBytes(copy.getValue()));
      }
      for (Map.Entry<String, String> file : imported.generated().entrySet()) {
        writeAtomically(dir.resolve(file.getKey()), file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      String schemaLine = SchemaReference.line(output).map(line -> line + "\n").orElse("");
      writeAtomically(output.toAbsolutePath(), (schemaLine + imported.yaml()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new OutputException("could not write " + output, e);
    }
    var err = spec.commandLine().getErr();
    for (String note : imported.notes()) {
      err.println("note: " + note);
    }
    err.flush();
    spec.commandLine().getOut().println("wrote " + output + " and " + (imported.copies().size() + imported.generated().size()) + " files beside it; check it with: ecsim validate " + output);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** A temp file beside the target, renamed over it: a reader never sees half a file. */
  private static void writeAtomically(Path target, byte[] content) throws IOException {
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.write(temp, content);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
