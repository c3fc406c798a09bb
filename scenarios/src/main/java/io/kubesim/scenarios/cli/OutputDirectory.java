package io.kubesim.scenarios.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes an output directory all at once: everything goes into a hidden temporary directory next
 * to the target, which is then renamed into place. On failure, or if the JVM is interrupted
 * (Ctrl-C), the temporary directory is removed, so no half-written output is ever visible.
 */
final class OutputDirectory {
  private OutputDirectory() {}

  /** Files kubesim writes; an existing target holding anything else is not replaced. */
  static final Set<String> OWN_FILES = Set.of("results.json", "timeseries.csv", "report.html");

  /** Writes into a directory. */
  @FunctionalInterface
  interface Contents {
    /** Writes every file into {@code dir}. */
    void writeInto(Path dir) throws IOException;
  }

  /** Thrown when the target exists and is not a kubesim output directory. */
  static final class TargetInUseException extends IOException {
    private static final long serialVersionUID = 1L;

    TargetInUseException(String message) {
      super(message);
    }
  }

  /** Writes {@code contents} to {@code target}, replacing a previous kubesim output there. */
  static void write(Path target, Contents contents) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    checkReplaceable(absolute);
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
    Thread cleanup = new Thread(() -> deleteQuietly(tmp), "kubesim-output-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      contents.writeInto(tmp);
      makeReadable(tmp);
      moveIntoPlace(tmp, absolute);
    } catch (IOException | RuntimeException | Error e) {
      deleteQuietly(tmp);
      throw e;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or will run; it removes what is left
      }
    }
  }

  private static void checkReplaceable(Path target) throws IOException {
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new TargetInUseException(target + " exists and is not a directory");
    }
    try (Stream<Path> files = Files.list(target)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!OWN_FILES.contains(f.getFileName().toString())) {
          throw new TargetInUseException(target + " exists and holds " + f.getFileName()
              + ", which kubesim did not write; choose another --out directory");
        }
      }
    }
  }

  /** Temporary files are private to the user; the finished output is not (rwxr-xr-x, rw-r--r--). */
  private static void makeReadable(Path dir) throws IOException {
    if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
      }
    }
  }

  private static void moveIntoPlace(Path tmp, Path target) throws IOException {
    if (!Files.exists(target)) {
      move(tmp, target);
      return;
    }
    Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
    Files.delete(old);
    move(target, old);
    try {
      move(tmp, target);
    } catch (IOException e) {
      move(old, target);
      throw e;
    }
    deleteQuietly(old);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // best effort: a leftover hidden temporary directory is harmless
    }
  }
}
