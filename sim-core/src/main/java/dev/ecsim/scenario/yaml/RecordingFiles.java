package dev.ecsim.scenario.yaml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads through another {@link SourceFiles} and keeps every file it served, by absolute normalized
 * path: what one load of a scenario read, so the same load can be played where those files are not
 * (a Spark executor, {@link SourceFiles#of}). A file read twice keeps its last bytes, the ones the
 * loader finished with.
 */
public final class RecordingFiles implements SourceFiles {
  private final SourceFiles from;
  private final Map<Path, byte[]> read = new LinkedHashMap<>();

  public RecordingFiles(SourceFiles from) {
    this.from = from;
  }

  @Override
  public byte[] read(Path file, long maxBytes) throws IOException {
    byte[] bytes = from.read(file, maxBytes);
    read.put(SourceFiles.key(file), bytes.clone());
    return bytes;
  }

  /**
   * A look at the head, not kept: a look always comes before the whole file's read, which is kept
   * (and if that read fails, the load fails here, on the machine that records).
   */
  @Override
  public byte[] head(Path file, int bytes) throws IOException {
    return from.head(file, bytes);
  }

  /** Every file served so far, in the order first read. */
  public Map<Path, byte[]> files() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(read));
  }
}
