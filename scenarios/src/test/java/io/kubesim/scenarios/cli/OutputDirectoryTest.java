package io.kubesim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output directories appear whole or not at all. */
class OutputDirectoryTest {
  @TempDir
  Path tmp;

  private List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void write_failure_leavesNothing() throws IOException {
    Path target = tmp.resolve("out");
    assertThrows(IOException.class, () -> OutputDirectory.write(target, dir -> {
      Files.writeString(dir.resolve("results.json"), "{}");
      throw new IOException("disk full");
    }));
    assertEquals(List.of(), names(tmp));
  }

  @Test
  void write_replacesAPreviousOutput() throws IOException {
    Path target = tmp.resolve("out");
    OutputDirectory.write(target, dir -> Files.writeString(dir.resolve("results.json"), "1"));
    OutputDirectory.write(target, dir -> Files.writeString(dir.resolve("report.html"), "2"));
    assertEquals(List.of("out"), names(tmp));
    assertEquals(List.of("report.html"), names(target));
  }

  @Test
  void write_refusesADirectoryWithOtherFiles() throws IOException {
    Path target = Files.createDirectory(tmp.resolve("home"));
    Files.writeString(target.resolve("thesis.tex"), "precious");
    assertThrows(OutputDirectory.TargetInUseException.class,
        () -> OutputDirectory.write(target, dir -> { }));
    assertEquals(List.of("thesis.tex"), names(target));
    assertFalse(Files.exists(target.resolve("results.json")));
  }
}
