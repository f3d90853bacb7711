package dev.ecsim.reports.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV dialect of ecsim: RFC 4180 quoting with LF line ends, so files diff cleanly in git.
 */
final class CsvFiles {
  private CsvFiles() {}

  /** A printer that has already written the header row. */
  static CSVPrinter printer(Appendable out, String... header) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setRecordSeparator("\n").setHeader(header).build();
    return new CSVPrinter(out, format);
  }

  static Writer utf8Writer(Path file) throws IOException {
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }
}
