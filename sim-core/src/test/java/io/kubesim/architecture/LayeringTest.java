package io.kubesim.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  private static List<String> offendingOutside(Pattern forbidden, String... allowed)
      throws IOException {
    try (Stream<Path> dirs = Files.list(MAIN)) {
      List<String> out = new ArrayList<>();
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        if (!List.of(allowed).contains(d.getFileName().toString())) {
          out.addAll(offending(d, forbidden));
        }
      }
      return out;
    }
  }

  @Test
  void experiment_isImportedByNoOtherPackage() throws IOException {
    assertEquals(List.of(), offendingOutside(
        Pattern.compile("import (static )?io\\.kubesim\\.experiment\\."), "experiment"));
  }

  @Test
  void model_isImportedOnlyByExperiment() throws IOException {
    assertEquals(List.of(), offendingOutside(
        Pattern.compile("import (static )?io\\.kubesim\\.model\\."), "model", "experiment"));
  }

  @Test
  void configRecords_importNoMechanism() throws IOException {
    // ModelConfig and the records it gathers describe a scenario; the runtime classes that carry
    // it out (World and the mechanisms) are never named by a configuration package.
    assertEquals(List.of(), offending(MAIN.resolve("config"),
        Pattern.compile("import (static )?io\\.kubesim\\.(world|model|experiment)\\.")));
  }

  @Test
  void importScan_findsAForbiddenImport() throws IOException {
    // the scan itself must be able to fail: experiment does import model
    assertEquals(false, offending(MAIN.resolve("experiment"),
        Pattern.compile("import (static )?io\\.kubesim\\.model\\.")).isEmpty());
  }
}
