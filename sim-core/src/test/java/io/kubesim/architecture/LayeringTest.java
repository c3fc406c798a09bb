package io.kubesim.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: checked on the sources' import lines. */
class LayeringTest {
  private static final Path MAIN = Path.of("src/main/java/io/kubesim");

  private static List<String> offending(Path dir, Pattern forbidden) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java"))
          .flatMap(p -> {
            try {
              return Files.readAllLines(p).stream()
                  .filter(l -> l.startsWith("import ") && forbidden.matcher(l).find())
                  .map(l -> dir.relativize(p) + ": " + l);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          })
          .toList();
    }
  }

  @Test
  void engine_importsNothingFromTheModel() throws IOException {
    assertEquals(List.of(), offending(MAIN.resolve("engine"),
        Pattern.compile("import (static )?io\\.kubesim\\.(?!engine\\.)")));
  }

  @Test
  void simCore_hasNoCharts_noYaml_noCli() throws IOException {
    assertEquals(List.of(), offending(MAIN,
        Pattern.compile("import (static )?(org\\.jfree|tools\\.jackson|com\\.fasterxml|picocli|io\\.kubesim\\.(reports|scenarios))")));
  }

  @Test
  void metrics_knowNothingOfTheModel() throws IOException {
    assertEquals(List.of(), offending(MAIN.resolve("metrics"),
        Pattern.compile("import (static )?io\\.kubesim\\.(?!metrics\\.)")));
  }
}
