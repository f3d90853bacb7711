package dev.ecsim.scenario.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a whole input file, but never more than a limit. A size check alone is not enough: a
 * device or a pipe (/dev/zero, /dev/stdin, a shell's {@code <(...)}) reports size 0 and would be read
 * for ever, so the read itself stops one byte past the limit.
 */
public final class BoundedRead {
  private BoundedRead() {}

  /** The file's bytes, or empty if it holds more than {@code maxBytes}. */
  public static Optional<byte[]> read(Path file, long maxBytes) throws IOException {
    if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }
  }
}
