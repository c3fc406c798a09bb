package io.kubesim.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files atomically: the content goes to a temporary file in the target's directory, which
 * is then moved over the target in one step, so a reader never sees a half-written file and a
 * failed write leaves no partial target behind (the temporary file is deleted).
 */
public final class AtomicFiles {

  /** Writes the content of a file to a stream; may throw. */
  @FunctionalInterface
  public interface Writer {
    /** Writes the whole content to {@code out}. */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code file} atomically with what {@code writer} produces.
   *
   * @throws IOException when writing or moving fails; the target is then left as it was
   */
  public static void write(Path file, Writer writer) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        writer.writeTo(out);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }
}
