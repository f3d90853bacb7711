package dev.ecsim.scenario.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file a scenario names (a load trace, an interruption trace, a spot price history), read
 * relative to the scenario file: the header must name exactly the expected columns, lines starting
 * with {@code #} are comments, and every problem is reported at the scenario's {@code file:} value
 * as {@code FILE:LINE: message}, at most {@link #MAX_PROBLEMS} of them. Each reader gives the row
 * rules; the file handling is here once.
 */
public final class CsvTrace {
  public static final int MAX_PROBLEMS = 10;
  /** The largest file read: 64 MiB, well over a year of one-minute rows, and bounded memory. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;
  /** The most rows a file may have: each is held while the scenario is read. */
  public static final int MAX_ROWS = 1_000_000;
  private static final Pattern SECONDS = Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader()
      .setCommentMarker('#')
      .setIgnoreSurroundingSpaces(true)
      .setIgnoreEmptyLines(true)
      .build();

  /** A row of the file with its 1-based line. */
  public record Row(int line, CSVRecord values) {
    public String get(String column) {
      return values.get(column);
    }

    /** The value of an optional column, empty when the file has no such column or leaves it blank. */
    public Optional<String> optional(String column) {
      return values.isMapped(column) && values.isSet(column) && !values.get(column).isBlank()
          ? Optional.of(values.get(column)) : Optional.empty();
    }
  }

  private final Node fileNode;
  private final String file;
  private final String what;
  private final List<String> columns;
  private final List<String> optionalColumns;
  private int problems;

  /**
   * @param what what the file is, for messages: "trace file", "interruption trace", "price history"
   * @param columns the header's columns, in the order messages list them
   */
  public CsvTrace(Node fileNode, String file, String what, List<String> columns) {
    this(fileNode, file, what, columns, List.of());
  }

  /** @param optionalColumns columns the header may also name, read with {@link Row#optional} */
  public CsvTrace(Node fileNode, String file, String what, List<String> columns, List<String> optionalColumns) {
    this.fileNode = fileNode;
    this.file = file;
    this.what = what;
    this.columns = List.copyOf(columns);
    this.optionalColumns = List.copyOf(optionalColumns);
  }

  /**
   * Every row in file order, or empty when the file cannot be read, is not CSV or has the wrong
   * header (reported). Check each with {@link #complete} before reading its values.
   */
  public Optional<List<Row>> rows() {
    Path path = path(fileNode, file);
    String text;
    try {
      // A device or a pipe (/dev/zero) would be read for ever: only regular files, and not too big.
      text = utf8(fileNode.context().files.read(path, MAX_BYTES));
    } catch (SourceFiles.NotRegularFile e) {
      fileNode.error(what + " '" + file + "' is not a regular file (" + path + "); name a CSV file");
      return Optional.empty();
    } catch (SourceFiles.TooLarge e) {
      String size = e.size().isPresent() ? "is " + e.size().getAsLong() / (1024 * 1024) + " MiB"
          : "holds more than " + MAX_BYTES / (1024 * 1024) + " MiB";
      fileNode.error(what + " '" + file + "' " + size + "; a " + what
          + " may be at most " + MAX_BYTES / (1024 * 1024) + " MiB and 1,000,000 rows (a minute-by-minute year"
          + " is 525,600)");
      return Optional.empty();
    } catch (NoSuchFileException e) {
      fileNode.error("no " + what + " '" + file + "' (looked for " + path + "; a path is relative to the scenario file)");
      return Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      fileNode.error("cannot read " + what + " '" + file + "': " + e.getMessage());
      return Optional.empty();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      if (!header(parser.getHeaderNames())) {
        return Optional.empty();
      }
      List<Integer> lineStarts = lineStarts(text);
      for (CSVRecord r : parser) {
        if (rows.size() == MAX_ROWS) {
          fileNode.error(file + ": more than " + String.format(java.util.Locale.ROOT, "%,d", MAX_ROWS) + " rows; "
              + article(what) + " may have at most that many (a minute-by-minute year is 525,600)");
          return Optional.empty();
        }
        rows.add(new Row(line(lineStarts, r.getCharacterPosition()), r));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      fileNode.error(file + ": not valid CSV: " + e.getMessage());
      return Optional.empty();
    }
    TraceFiles traces = fileNode.context().traces;
    Optional<Long> total = traces.count(path, rows.size());
    if (total.isPresent()) {
      fileNode.error(String.format(java.util.Locale.ROOT, "the trace files of a scenario may hold at most %,d rows "
          + "in all, and with '%s' they hold %,d; a file named twice counts once", traces.maxRows(), file,
          total.get()));
      return Optional.empty();
    }
    return Optional.of(rows);
  }

  /** UTF-8 text, refusing a malformed byte as {@code Files.readString} does ("Input length = 1"). */
  private static String utf8(byte[] bytes) throws java.nio.charset.CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
  }

  /** The file a scenario's {@code file:} value names: relative to the scenario file's directory. */
  public static Path path(Node fileNode, String file) {
    return fileNode.context().directory.resolve(file);
  }

  /**
   * What {@code read} makes of the file, read once per load of the scenario: a clean result is kept
   * for every later reader of the same file under the same {@code key} (a failed one is read again,
   * so each place that names it gets its problems reported).
   */
  public static <T> Optional<T> once(Node fileNode, String file, List<Object> key, java.util.function.Supplier<Optional<T>> read) {
    List<Object> fullKey = new ArrayList<>(key);
    fullKey.add(path(fileNode, file).toAbsolutePath().normalize());
    TraceFiles traces = fileNode.context().traces;
    Optional<T> kept = traces.parsed(fullKey);
    if (kept.isPresent()) {
      return kept;
    }
    Optional<T> result = read.get();
    result.ifPresent(r -> traces.keep(fullKey, r));
    return result;
  }

  /** The row has a value for every column; if not, that is reported at its line. */
  public boolean complete(Row row) {
    if (row.values().isConsistent()) {
      return true;
    }
    error(row.line(), "expected " + columns.size() + " values (" + String.join(", ", columns) + "), found "
        + row.values().size());
    return false;
  }

  /** A problem on {@code line} of the file. */
  public void error(int line, String message) {
    problems++;
    if (problems <= MAX_PROBLEMS) {
      fileNode.error(file + ":" + line + ": " + message);
    }
  }

  /** A problem with the file as a whole. */
  public void fileError(String message) {
    problems++;
    fileNode.error(file + ": " + message);
  }

  /** Reports the problems not shown; true when the file had none. */
  public boolean finish() {
    if (problems > MAX_PROBLEMS) {
      fileNode.error(file + ": " + (problems - MAX_PROBLEMS) + " more problems not shown");
    }
    return problems == 0;
  }

  /** A time: a duration from the start ({@code 90s}, {@code 2h}) or a number of seconds. */
  public Optional<Long> time(int line, String value, String examples) {
    try {
      if (SECONDS.matcher(value).matches()) {
        return Optional.of(Math.round(Double.parseDouble(value) * 1000));
      }
      return Optional.of(Quantities.durationMillis(value));
    } catch (IllegalArgumentException e) {
      error(line, "time '" + value + "' is not a duration (" + examples + ") or a number of seconds");
      return Optional.empty();
    }
  }

  private boolean header(List<String> names) {
    if (names.isEmpty()) {
      fileNode.error(file + ": empty; " + article(what) + " starts with the header line: " + String.join(",", columns));
      return false;
    }
    List<String> known = new java.util.ArrayList<>(columns);
    known.addAll(optionalColumns);
    List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
    List<String> missing = columns.stream().filter(c -> !names.contains(c)).toList();
    if (unknown.size() == names.size()) {
      // Not one expected column: probably not a trace at all (a wrong path, /etc/passwd), so its
      // first line is not repeated in the error.
      error(1, "the first line must be the header naming the columns " + listed(columns)
          + "; it names none of them (is '" + file + "' " + article(what) + "?)");
      return false;
    }
    if (!unknown.isEmpty() || !missing.isEmpty()) {
      String found = unknown.isEmpty() ? "" : "; unknown column " + Names.quoted(unknown)
          + (unknown.size() == 1 ? Names.didYouMean(unknown.get(0), known) : "");
      String may = optionalColumns.isEmpty() ? "" : " (and may name " + listed(optionalColumns) + ")";
      error(1, "the header must name the columns " + listed(columns) + may + ", found " + String.join(",", names)
          + found);
      return false;
    }
    return true;
  }

  /** "time and rate", "time, instanceType and usdPerHour". */
  private static String listed(List<String> names) {
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /** "a trace file", "an interruption trace", "a price history". */
  private static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  public static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts;
  }

  /** The 1-based line holding character {@code position}. */
  public static int line(List<Integer> lineStarts, long position) {
    int lo = 0;
    int hi = lineStarts.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts.get(mid) <= position) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }
}
