package io.kubesim.scenarios.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the bundled scenario files are in the source tree. */
final class Examples {
  private Examples() {}

  static final Path DIR = locate();

  private static Path locate() {
    Path p = Path.of("examples");
    return Files.isDirectory(p) ? p : Path.of("scenarios", "examples");
  }

  static Path file(String name) {
    return DIR.resolve(name + ".yaml");
  }
}
