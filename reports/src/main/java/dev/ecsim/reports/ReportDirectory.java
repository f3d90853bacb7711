package dev.ecsim.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
  /** The list of files a report directory holds, written last into it: what a later run may replace. */
  static final String MANIFEST = ".ecsim-files";
  /** What file managers drop into a folder someone opened, at any depth. */
  private static final Set<String> FILE_MANAGER_FILES = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

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
    removeStaleSiblings(target, replaceable);
    Path temp = createSibling(target, "tmp");
    try {
      contents.writeInto(temp);
      writeManifest(temp);
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

  /**
   * An existing directory is replaced only if everything in it, at any depth, is what ecsim wrote:
   * the files its manifest lists, or (a report from before manifests) the report's own names at the
   * top and chart images in its subdirectories, besides what file managers drop into a folder.
   */
  private static void checkReplaceable(Path target, Set<String> replaceable) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isSymbolicLink(target)) {
      // The report replaces the directory by a rename: through a link it would replace the link,
      // not what it points to, so the link is refused and its target named.
      throw new IOException(target + " is a symbolic link (to " + Files.readSymbolicLink(target)
          + "); give the directory it points to, or another output directory");
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(
          target + " exists and is not a directory; choose another output directory");
    }
    Optional<String> foreign = foreignEntry(target, replaceable);
    if (foreign.isPresent()) {
      throw new IOException("refusing to replace " + target + ": it holds " + foreign.get()
          + ", which ecsim did not write; move it or choose another output directory");
    }
  }

  /** Far more than any report's list of files (a few hundred short lines). */
  static final long MAX_MANIFEST_BYTES = 1L << 20;

  /** The first entry under {@code dir} that ecsim did not write, if any, as a path relative to it. */
  static Optional<String> foreignEntry(Path dir, Set<String> replaceable) throws IOException {
    Path manifest = dir.resolve(MANIFEST);
    // A manifest is a short list ecsim wrote; anything else under that name (a link, a device, a
    // file of gigabytes) is not one, and the directory is then judged by its top-level names alone.
    Set<String> written = Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)
        && Files.size(manifest) <= MAX_MANIFEST_BYTES
        ? new HashSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8)) : null;
    List<String> foreign = new ArrayList<>();
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        String rel = relative(dir, d);
        if (rel.isEmpty()) {
          return FileVisitResult.CONTINUE;
        }
        boolean ours = written != null ? written.stream().anyMatch(w -> w.startsWith(rel + "/"))
            : !rel.contains("/") && replaceable.contains(rel);
        if (!ours) {
          foreign.add(rel + "/");
          return FileVisitResult.TERMINATE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
        String rel = relative(dir, f);
        String name = f.getFileName().toString();
        boolean ours = FILE_MANAGER_FILES.contains(name) || rel.equals(MANIFEST)
            || (written != null ? written.contains(rel) && attrs.isRegularFile() : legacy(rel, replaceable));
        if (!ours) {
          foreign.add(rel);
          return FileVisitResult.TERMINATE;
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return foreign.stream().findFirst();
  }

  /** A report written before manifests: its own names at the top, chart images one level down. */
  private static boolean legacy(String rel, Set<String> replaceable) {
    int slash = rel.indexOf('/');
    if (slash < 0) {
      return replaceable.contains(rel);
    }
    String rest = rel.substring(slash + 1);
    return replaceable.contains(rel.substring(0, slash)) && !rest.contains("/")
        && (rest.endsWith(".png") || rest.endsWith(".svg"));
  }

  private static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace(java.io.File.separatorChar, '/');
  }

  /** Lists every file written into {@code dir}, so a later run knows what it may replace. */
  private static void writeManifest(Path dir) throws IOException {
    List<String> files = new ArrayList<>();
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
        files.add(relative(dir, f));
        return FileVisitResult.CONTINUE;
      }
    });
    Collections.sort(files);
    Files.write(dir.resolve(MANIFEST), files, StandardCharsets.UTF_8);
  }

  /**
   * Hidden siblings a killed run left ({@code .NAME.tmp-*}, {@code .NAME.old-*}): removed when they
   * hold only what ecsim writes, left alone (and never looked at again) otherwise.
   */
  private static void removeStaleSiblings(Path target, Set<String> replaceable) throws IOException {
    String prefix = "." + target.getFileName() + ".";
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
        entry -> entry.getFileName().toString().startsWith(prefix + "tmp-")
            || entry.getFileName().toString().startsWith(prefix + "old-"))) {
      for (Path stale : siblings) {
        if (Files.isDirectory(stale, LinkOption.NOFOLLOW_LINKS) && foreignEntry(stale, replaceable).isEmpty()) {
          deleteRecursively(stale);
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
