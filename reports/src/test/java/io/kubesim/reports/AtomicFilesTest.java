package io.kubesim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void write_interruptedWriteLeavesNoPartialTargetAndNoTempFile() throws IOException {
    Path target = dir.resolve("report.html");
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
      out.write("<html>half".getBytes());
      throw new IOException("disk full");
    }));
    assertEquals("disk full", e.getMessage());
    assertFalse(Files.exists(target));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void write_failedRewriteKeepsThePreviousFile() throws IOException {
    Path target = dir.resolve("results.json");
    AtomicFiles.write(target, out -> out.write("old".getBytes()));
    assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
      out.write("new, but".getBytes());
      throw new IllegalStateException("rendering failed");
    }));
    assertEquals("old", Files.readString(target));
  }

  @Test
  void write_createsMissingDirectoriesAndReplaces() throws IOException {
    Path target = dir.resolve("out/sub/x.csv");
    AtomicFiles.write(target, out -> out.write("1".getBytes()));
    AtomicFiles.write(target, out -> out.write("2".getBytes()));
    assertEquals("2", Files.readString(target));
  }
}
