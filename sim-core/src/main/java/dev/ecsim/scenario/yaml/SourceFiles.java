package dev.ecsim.scenario.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a scenario's loader reads the files the scenario names (load, interruption and spot price
 * traces, CloudWatch traces, job arrival traces, task definition files): this machine's file system
 * ({@link #DISK}), or bytes read elsewhere and sent along ({@link #of}), as a Spark executor loads a
 * sweep point with the files the driver read. Every reader goes through here, so each file's limit
 * and each message are the same whoever serves the bytes.
 */
public interface SourceFiles {
  /** The file system of this machine: what {@code ecsim run}, {@code sweep} and the Spark driver read. */
  SourceFiles DISK = new SourceFiles() {
    @Override
    public byte[] read(Path file, long maxBytes) throws IOException {
      return readDisk(file, maxBytes);
    }

    @Override
    public byte[] head(Path file, int bytes) throws IOException {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        throw new NotRegularFile(file);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return in.readNBytes(bytes);
      }
    }
  };

  /**
   * The whole of {@code file}, at most {@code maxBytes}.
   *
   * @throws NoSuchFileException when there is no such file
   * @throws NotRegularFile when it is a directory, a device or a pipe, which could be read for ever
   * @throws TooLarge when it holds more than {@code maxBytes}
   */
  byte[] read(Path file, long maxBytes) throws IOException;

  /**
   * The first {@code bytes} bytes of {@code file} (all of it when shorter), for a look at its header
   * before the file is read whole: where the whole may be tens of megabytes, the look should not
   * read it twice. What the look decides, the whole read then takes in; served bytes give the same
   * head as the disk did.
   *
   * @throws NoSuchFileException when there is no such file
   * @throws NotRegularFile when it is a directory, a device or a pipe
   */
  default byte[] head(Path file, int bytes) throws IOException {
    byte[] all = read(file, Long.MAX_VALUE);
    return all.length <= bytes ? all : java.util.Arrays.copyOf(all, bytes);
  }

  /** The files {@code bytes} holds, by absolute normalized path; no other file exists. */
  static SourceFiles of(Map<Path, byte[]> bytes) {
    Map<Path, byte[]> files = Map.copyOf(bytes);
    return (file, maxBytes) -> {
      byte[] found = files.get(key(file));
      if (found == null) {
        throw new NoSuchFileException(file.toString());
      }
      if (found.length > maxBytes) {
        throw new TooLarge(file, OptionalLong.of(found.length));
      }
      return found.clone();
    };
  }

  /** The name a file is known by wherever it is read: absolute and normalized. */
  static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }

  private static byte[] readDisk(Path file, long maxBytes) throws IOException {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new NotRegularFile(file);
    }
    if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
      throw new TooLarge(file, OptionalLong.of(Files.size(file)));
    }
    // Bounded all the same: a file may grow between the size and the read.
    Optional<byte[]> bytes = BoundedRead.read(file, maxBytes);
    if (bytes.isEmpty()) {
      throw new TooLarge(file, OptionalLong.empty());
    }
    return bytes.get();
  }

  /** The file is not a regular file. */
  final class NotRegularFile extends IOException {
    private static final long serialVersionUID = 1L;

    public NotRegularFile(Path file) {
      super(file + ": not a regular file");
    }
  }

  /** The file holds more than a reader's limit; its size when known. */
  final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient OptionalLong size;

    public TooLarge(Path file, OptionalLong size) {
      super(file + ": too large");
      this.size = size;
    }

    public OptionalLong size() {
      return size == null ? OptionalLong.empty() : size;
    }
  }
}
