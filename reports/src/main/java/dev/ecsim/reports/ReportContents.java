package dev.ecsim.reports;

import java.io.IOException;
import java.nio.file.Path;

/** Fills a fresh, empty directory with report files; the seam tests use to fail a write midway. */
@FunctionalInterface
interface ReportContents {
  void writeInto(Path dir) throws IOException;
}
