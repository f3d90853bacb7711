package dev.ecsim.reports;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces an output directory all at once: the new report is written into a hidden sibling ({@code
 * .NAME.tmp-XXXX}, same parent so the final rename stays on one file system) and renamed into place
 * only when complete. A failure at any point leaves the previous report as it was and no temporary
 * directory behind, so an interrupted run never leaves a half-written report. A single file ({@link
 * #replaceFile}) is replaced the same way, through a hidden sibling file.
 */
final class ReportDirectory {
  private ReportDirectory() {}

  private static final int NAME_ATTEMPTS = 10;

  /**
   * Writes {@code contents} and swaps them in for {@code outDir}. An existing {@code outDir} is
   * only replaced when it holds nothing but {@code replaceable} names (an earlier report), so a
   * mistyped {@code -o ~} cannot delete someone's files.
   */
  static void replace(Path outDir, Set<String> replaceable, ReportContents contents)
      throws IOException {
    Path target = outDir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new IOException("cannot write a report to the file system root " + target);
    }
    checkReplaceable(target, replaceable);
    Files.createDirectories(parent);
    Path temp = createSibling(target, "tmp");
    try {
      contents.writeInto(temp);
      swapIn(temp, target);
    } catch (Throwable failure) {
      try {
        deleteRecursively(temp);
      } catch (IOException cleanup) {
        failure.addSuppressed(cleanup);
      }
      throw failure;
    }
  }

  /** Writes one file into a given path; the seam tests use to fail a write midway. */
  @FunctionalInterface
  interface FileContents {
    void writeTo(Path file) throws IOException;
  }

  /**
   * Writes {@code contents} into a hidden sibling of {@code file} ({@code .NAME.tmp-XXXX}) and
   * renames it over {@code file} when complete, creating the directory if needed. A failure leaves
   * an earlier {@code file} as it was and no temporary file behind.
   */
  static void replaceFile(Path file, FileContents contents) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new IOException("cannot write a file at the file system root " + target);
    }
    Files.createDirectories(parent);
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(target + " is a directory; choose another output directory");
    }
    Path temp = createSiblingFile(target);
    try {
      contents.writeTo(temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (Throwable failure) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        failure.addSuppressed(cleanup);
      }
      throw failure;
    }
  }

  private static Path createSiblingFile(Path target) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        return Files.createFile(siblingName(target, "tmp"));
      } catch (FileAlreadyExistsException e) {
        if (attempt == NAME_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static void checkReplaceable(Path target, Set<String> replaceable) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(
          target + " exists and is not a directory; choose another output directory");
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!replaceable.contains(name)) {
          throw new IOException(
              "refusing to replace "
                  + target
                  + ": it holds "
                  + name
                  + ", which is not part of an ecsim report; move it or choose another output"
                  + " directory");
        }
      }
    }
  }

  /**
   * The old report is renamed aside rather than deleted first, so if the new one cannot be moved
   * in, the old one is moved back and nothing is lost.
   */
  private static void swapIn(Path temp, Path target) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      move(temp, target);
      return;
    }
    Path old = siblingName(target, "old");
    move(target, old);
    try {
      move(temp, target);
    } catch (IOException e) {
      try {
        move(old, target);
      } catch (IOException restore) {
        e.addSuppressed(restore);
      }
      throw e;
    }
    // The new report is in place; failing to delete the old one must not fail the run, and the
    // leftover is a hidden sibling a later run does not look at.
    try {
      deleteRecursively(old);
    } catch (IOException ignored) {
      // best effort, see above
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static Path createSibling(Path target, String kind) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        return Files.createDirectory(siblingName(target, kind));
      } catch (FileAlreadyExistsException e) {
        if (attempt == NAME_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * A hidden name next to {@code target}. Not Files.createTempDirectory: that makes the directory
   * owner-only (0700), and the report would keep those permissions after the rename.
   */
  private static Path siblingName(Path target, String kind) {
    String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    return target.resolveSibling("." + target.getFileName() + "." + kind + "-" + suffix);
  }

  /** Deletes a tree without following symbolic links out of it. */
  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
