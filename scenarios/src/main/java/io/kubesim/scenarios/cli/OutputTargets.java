package io.kubesim.scenarios.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where kubesim may write, checked before anything runs, and the atomic write itself. Every
 * command that writes ({@code run}, {@code sweep}, {@code report}) goes through here.
 *
 * <p>The rule. An output directory is written only when it
 * <ul>
 *   <li>does not exist and can be created (every existing ancestor is a directory); it is then
 *       created whole: written into a hidden {@code .NAME.tmp-PID-N} sibling and renamed into
 *       place;</li>
 *   <li>is an empty, writable directory: the files are moved into it one by one and the directory
 *       itself (its permissions, owner, inode) is left as it is;</li>
 *   <li>is a directory kubesim wrote: it holds the marker file {@value #MARKER} and nothing but
 *       kubesim's own files. It is replaced whole, by a rename, and the new directory gets the old
 *       one's permissions. A read-only one (no owner write permission) is refused.</li>
 * </ul>
 * Anything else is refused with exit status 2 before any simulation: an empty path, a symbolic
 * link (kubesim never replaces one), an existing file or a path under one, a directory holding
 * other files, the working directory itself, and two targets that are the same directory.
 *
 * <p>Leftovers. A process killed during the write ({@code kill -9}) leaves its hidden
 * {@code .NAME.tmp-PID-N} (or {@code .NAME.old-PID-N}) sibling. The next write to the same target
 * removes such siblings when they hold the marker and the process {@code PID} is gone.
 */
final class OutputTargets {
  private OutputTargets() {}

  /** The marker file of a kubesim output directory. */
  static final String MARKER = ".kubesim-output";

  /** Files kubesim writes into an output directory, the marker included. */
  static final Set<String> OWN_FILES =
      Set.of(MARKER, "results.json", "timeseries.csv", "sweep.csv", "report.html");

  private static final String MARKER_TEXT =
      "This directory was written by kubesim; kubesim run may replace it whole.\n";

  /** Thrown when a target cannot be used; the CLI reports it with exit status 2. */
  static final class UnusableTargetException extends IOException {
    private static final long serialVersionUID = 1L;

    UnusableTargetException(String message) {
      super(message);
    }
  }

  /** Writes into a directory. */
  @FunctionalInterface
  interface Contents {
    /** Writes every file into {@code dir}. */
    void writeInto(Path dir) throws IOException;
  }

  /** How an accepted output directory is written. */
  enum Mode {
    /** It does not exist: create it whole. */
    CREATE,
    /** It is empty: fill it in place. */
    FILL,
    /** It is a previous kubesim output: replace it whole. */
    REPLACE
  }

  /**
   * Checks every output directory of one command, all before anything is written.
   *
   * @param option the option that named them, for messages (e.g. {@code --out})
   * @throws UnusableTargetException naming the first unusable target
   */
  static void checkAll(List<Path> targets, String option) throws UnusableTargetException {
    Map<Path, Path> seen = new HashMap<>();
    for (Path t : targets) {
      check(t, option);
      Path key = identity(t);
      Path before = seen.putIfAbsent(key, t);
      if (before != null) {
        throw new UnusableTargetException(t + ": two scenarios would both be written here (the "
            + "same metadata.name?); give them different names or run them separately");
      }
    }
  }

  /** Checks one output directory and says how it would be written. */
  static Mode check(Path target, String option) throws UnusableTargetException {
    Path abs = target.toAbsolutePath().normalize();
    if (!existingDirectory(target, option)) {
      return Mode.CREATE;
    }
    Path cwd = Path.of("").toAbsolutePath().normalize();
    if (cwd.startsWith(abs)) {
      throw new UnusableTargetException(target + " is the working directory or holds it; "
          + "choose another " + option + " directory");
    }
    List<String> names = list(abs);
    if (names.isEmpty()) {
      return Mode.FILL;
    }
    if (!names.contains(MARKER)) {
      throw new UnusableTargetException(target + " exists, is not empty and was not written by "
          + "kubesim (no " + MARKER + " marker): choose another " + option
          + " directory or remove it");
    }
    for (String n : names) {
      if (!OWN_FILES.contains(n)) {
        throw new UnusableTargetException(target + " holds " + n + ", which kubesim did not "
            + "write; choose another " + option + " directory or move it away");
      }
      if (!Files.isRegularFile(abs.resolve(n), LinkOption.NOFOLLOW_LINKS)) {
        throw new UnusableTargetException(abs.resolve(n) + " is not a regular file; kubesim "
            + "does not replace it");
      }
    }
    return Mode.REPLACE;
  }

  /**
   * Checks the files {@code kubesim report} writes into {@code dir}: the directory as for any
   * output, except that a foreign directory is accepted when none of {@code files} exists there
   * yet (kubesim then adds them and changes nothing else). Existing {@code files} are replaced
   * in a kubesim output directory: one with the marker, or one holding a {@code results.json} and
   * nothing but kubesim's own files (an output written before the marker existed).
   */
  static void checkFiles(Path dir, List<String> files, String option)
      throws UnusableTargetException {
    Path abs = dir.toAbsolutePath().normalize();
    if (!existingDirectory(dir, option)) {
      return;
    }
    List<String> present = list(abs);
    boolean ours = present.contains(MARKER)
        || present.contains("results.json") && OWN_FILES.containsAll(present);
    for (String f : files) {
      Path p = abs.resolve(f);
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        throw new UnusableTargetException(p + " exists and is not a regular file (a link or a "
            + "directory); kubesim does not replace it");
      }
      if (!ours) {
        throw new UnusableTargetException(p + " exists in a directory kubesim did not write (no "
            + MARKER + " marker); choose another " + option + " directory or remove it");
      }
    }
  }

  /**
   * Writes {@code contents} to the output directory {@code target} by the rule above, after
   * checking it again and removing stale temporary siblings of earlier, killed runs. On failure,
   * or if the JVM is interrupted (Ctrl-C), the temporary directory is removed and the target is
   * left as it was.
   */
  static void write(Path target, Contents contents) throws IOException {
    Mode mode = check(target, "--out");
    Path abs = target.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    Files.createDirectories(parent);
    removeStaleSiblings(abs);
    Path tmp = Files.createTempDirectory(parent, hiddenPrefix(abs, "tmp"));
    Thread cleanup = new Thread(() -> deleteQuietly(tmp), "kubesim-output-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      Files.writeString(tmp.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
      contents.writeInto(tmp);
      makeReadable(tmp, mode == Mode.REPLACE ? permissions(abs) : Optional.empty());
      switch (mode) {
        case CREATE -> create(tmp, abs, target);
        case FILL -> fill(tmp, abs);
        case REPLACE -> replace(tmp, abs);
        default -> throw new IllegalStateException(mode.name());
      }
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

  /** Marks {@code dir} as a kubesim output directory if kubesim just created it. */
  static void mark(Path dir) throws IOException {
    Path marker = dir.resolve(MARKER);
    if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
      Files.writeString(marker, MARKER_TEXT, StandardCharsets.UTF_8);
    }
  }

  /**
   * The checks every output directory passes: not empty, not the root, not a link; absent and
   * creatable (false), or an existing writable directory (true).
   */
  private static boolean existingDirectory(Path target, String option)
      throws UnusableTargetException {
    if (target.toString().isEmpty()) {
      throw new UnusableTargetException(option + ": empty path; name an output directory");
    }
    Path abs = target.toAbsolutePath().normalize();
    if (abs.getParent() == null) {
      throw new UnusableTargetException(target + ": kubesim does not write to the root directory");
    }
    if (Files.isSymbolicLink(abs)) {
      throw new UnusableTargetException(target + " is a symbolic link; kubesim does not replace "
          + "or write through links: name the directory itself or a new one");
    }
    if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
      checkCreatable(target, abs);
      return false;
    }
    if (!Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
      throw new UnusableTargetException(target + " exists and is not a directory; choose "
          + "another " + option + " directory");
    }
    if (isReadOnly(abs)) {
      throw new UnusableTargetException(target + " is read-only; kubesim does not change the "
          + "permissions of an existing directory: make it writable or choose another "
          + option + " directory");
    }
    return true;
  }

  /** {@code .NAME.KIND-PID-}: a hidden sibling's prefix, naming the process that owns it. */
  private static String hiddenPrefix(Path target, String kind) {
    return "." + target.getFileName() + "." + kind + "-" + ProcessHandle.current().pid() + "-";
  }

  /**
   * Removes {@code .NAME.tmp-PID-N} and {@code .NAME.old-PID-N} siblings of {@code target} that
   * hold the marker and whose process {@code PID} no longer runs.
   */
  static void removeStaleSiblings(Path target) throws IOException {
    Pattern own = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString())
        + "\\.(?:tmp|old)-(\\d{1,19})-\\d+");
    try (Stream<Path> siblings = Files.list(target.getParent())) {
      for (Path s : (Iterable<Path>) siblings::iterator) {
        Matcher m = own.matcher(s.getFileName().toString());
        if (m.matches() && Files.isDirectory(s, LinkOption.NOFOLLOW_LINKS)
            && Files.isRegularFile(s.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)
            && !isRunning(m.group(1))) {
          deleteQuietly(s);
        }
      }
    }
  }

  private static boolean isRunning(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static void checkCreatable(Path target, Path abs) throws UnusableTargetException {
    Path a = abs.getParent();
    while (a != null && !Files.exists(a, LinkOption.NOFOLLOW_LINKS)) {
      a = a.getParent();
    }
    if (a == null || !Files.isDirectory(a)) {
      throw new UnusableTargetException("cannot create " + target + ": " + a
          + " is not a directory");
    }
    if (!Files.isWritable(a) || isReadOnly(a)) {
      throw new UnusableTargetException("cannot create " + target + ": " + a
          + " is not writable");
    }
  }

  /** No owner write permission (checked as such, since root may write anyway). */
  private static boolean isReadOnly(Path dir) {
    return permissions(dir).map(p -> !p.contains(PosixFilePermission.OWNER_WRITE))
        .orElse(!Files.isWritable(dir));
  }

  private static Optional<Set<PosixFilePermission>> permissions(Path p) {
    if (!p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.getPosixFilePermissions(p));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Path identity(Path target) {
    Path abs = target.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    try {
      return parent.toRealPath().resolve(abs.getFileName());
    } catch (IOException e) {
      return abs;
    }
  }

  private static List<String> list(Path dir) throws UnusableTargetException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UnusableTargetException(dir + " cannot be read: " + e.getMessage());
    }
  }

  /**
   * The finished output is readable by all (rwxr-xr-x, rw-r--r--), or, replacing a previous
   * output, gets that directory's permissions.
   */
  private static void makeReadable(Path dir, Optional<Set<PosixFilePermission>> dirPermissions)
      throws IOException {
    if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Files.setPosixFilePermissions(dir,
        dirPermissions.orElse(PosixFilePermissions.fromString("rwxr-xr-x")));
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
      }
    }
  }

  /**
   * Renames the finished temporary directory to the absent {@code abs}; if another process
   * created it in the meantime (two runs with the same output directory at once), says so
   * and leaves that directory as it is.
   */
  private static void create(Path tmp, Path abs, Path target) throws IOException {
    try {
      move(tmp, abs);
    } catch (IOException e) {
      if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
        throw e;
      }
      throw new IOException(target + " was created by another process while this run was "
          + "writing its results; kubesim left it as it is and wrote nothing there: run again "
          + "with another --out", e);
    }
  }

  private static void fill(Path tmp, Path target) throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(tmp)) {
      files = listed.toList();
    }
    List<Path> moved = new ArrayList<>();
    try {
      for (Path f : files) {
        Path to = target.resolve(f.getFileName().toString());
        move(f, to);
        moved.add(to);
      }
    } catch (IOException e) {
      for (Path m : moved) {
        Files.deleteIfExists(m);
      }
      throw e;
    }
    Files.delete(tmp);
  }

  private static void replace(Path tmp, Path target) throws IOException {
    Path old = Files.createTempDirectory(target.getParent(), hiddenPrefix(target, "old"));
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
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
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
      // best effort: the next run removes a leftover temporary directory
    }
  }
}
