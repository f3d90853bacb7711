package dev.ecsim.reports;

import dev.ecsim.reports.compare.Comparison;
import dev.ecsim.reports.csv.ComparisonCsvWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the output of {@code ecsim compare} into a directory: {@code compare.csv}, replaced
 * atomically, so an interrupted compare leaves an earlier file whole. Other files in the
 * directory are left alone (it may well be a directory of run reports).
 */
public final class ComparisonWriter {
  private ComparisonWriter() {}

  public static final String COMPARE_CSV = "compare.csv";

  /**
   * @throws IOException if the file cannot be written; an earlier compare.csv is then untouched
   */
  public static void write(Comparison comparison, Path outDir) throws IOException {
    ReportDirectory.replaceFile(outDir.resolve(COMPARE_CSV), file -> ComparisonCsvWriter.write(comparison, file));
  }
}
