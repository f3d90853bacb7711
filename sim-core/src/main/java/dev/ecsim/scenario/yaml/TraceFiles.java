package dev.ecsim.scenario.yaml;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The trace files one load of a scenario file reads, shared by its base and its variants, and
 * where it reads them and every other file it names ({@link #files}). A file
 * read cleanly is read once, however many variants or services name it; and the distinct files hold
 * at most {@link #MAX_ROWS} rows in all. Sixty services naming one year-long trace were read sixty
 * times, and the run died of memory before validate said anything.
 */
public final class TraceFiles {
  /** Rows of all the distinct trace files of a scenario: about ten minute-by-minute years. */
  public static final long MAX_ROWS = 5_000_000;

  private final long maxRows;
  private final SourceFiles files;
  private final Map<List<Object>, Object> parsed = new HashMap<>();
  private final Set<Path> counted = new HashSet<>();
  private long rows;

  public TraceFiles() {
    this(MAX_ROWS);
  }

  /** A smaller limit (tests). */
  public TraceFiles(long maxRows) {
    this(maxRows, SourceFiles.DISK);
  }

  /** Files read from {@code files} rather than this machine's file system. */
  public TraceFiles(SourceFiles files) {
    this(MAX_ROWS, files);
  }

  private TraceFiles(long maxRows, SourceFiles files) {
    this.maxRows = maxRows;
    this.files = files;
  }

  /** Where this load reads the files the scenario names. */
  public SourceFiles files() {
    return files;
  }

  public long maxRows() {
    return maxRows;
  }

  /** What a reader made of a file before, keyed by the reader's kind, the file and anything else the result depends on. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> parsed(List<Object> key) {
    return Optional.ofNullable((T) parsed.get(key));
  }

  /** Keeps a clean result for the next reader of the same key. */
  public void keep(List<Object> key, Object result) {
    parsed.put(key, result);
  }

  /**
   * Counts the rows of {@code file} once; the total so far when it takes the files past the
   * limit, else empty.
   */
  public Optional<Long> count(Path file, int fileRows) {
    if (counted.add(file.toAbsolutePath().normalize())) {
      rows += fileRows;
    }
    return rows > maxRows ? Optional.of(rows) : Optional.empty();
  }
}
