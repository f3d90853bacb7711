package dev.ecsim.reports.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code summary.json}: the tree sim-core built, written as given (field order and number values
 * untouched) with a fixed layout: two-space indent, LF line ends whatever the OS, {@code "key":
 * value}, UTF-8, a trailing newline. The same tree always gives the same bytes, which golden tests
 * rely on.
 */
public final class SummaryJsonWriter {
  private SummaryJsonWriter() {}

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

  public static void write(JsonNode tree, Path file) throws IOException {
    Files.write(file, toBytes(tree));
  }

  /** Any record (run.json's facts) in the same layout, its fields in component order. */
  public static void writeValue(Object value, Path file) throws IOException {
    Files.write(file, toBytes(MAPPER.valueToTree(value)));
  }

  public static byte[] toBytes(JsonNode tree) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // writeValue encodes UTF-8 and closes the stream; closing a ByteArrayOutputStream is a no-op,
    // so the trailing newline can still follow.
    WRITER.writeValue(out, tree);
    out.write('\n');
    return out.toByteArray();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    // Jackson's default object indenter uses the system line separator; pin LF for every platform.
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
    printer.indentObjectsWith(lf);
    printer.indentArraysWith(lf);
    return printer;
  }
}
