package io.kubesim.scenarios.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * REFERENCE.md documents exactly the fields the parser accepts, with their defaults: its
 * generated part must equal {@link ReferenceDoc#render()}. Run with
 * {@code -Dkubesim.updateReference=true} to rewrite it after changing the format.
 */
class ReferenceDocTest {

  private static Path reference() {
    Path p = Path.of("REFERENCE.md");
    return Files.exists(p) ? p : Path.of("scenarios", "REFERENCE.md");
  }

  @Test
  void referenceMd_generatedPart_matchesTheFormat() throws IOException {
    Path file = reference();
    String text = Files.readString(file);
    int begin = text.indexOf(ReferenceDoc.BEGIN);
    int end = text.indexOf(ReferenceDoc.END);
    assertTrue(begin >= 0 && end > begin, "REFERENCE.md lacks the generated-part markers");
    String actual = text.substring(begin, end + ReferenceDoc.END.length()) + "\n";
    String expected = ReferenceDoc.render();
    if (Boolean.getBoolean("kubesim.updateReference") && !actual.equals(expected)) {
      Files.writeString(file, text.substring(0, begin) + expected
          + text.substring(Math.min(text.length(), end + ReferenceDoc.END.length() + 1)));
      return;
    }
    assertEquals(expected, actual, "REFERENCE.md is out of date; rerun this test with "
        + "-Dkubesim.updateReference=true");
  }

  @Test
  void referenceMd_documentsEveryFieldOfEveryType() throws IOException {
    String text = Files.readString(reference());
    for (ObjectType t : Format.allTypes()) {
      assertTrue(text.contains("### " + t.name() + "\n"), t.name());
      for (Field f : t.fields()) {
        assertTrue(text.contains("| `" + f.name() + "` |"), t.name() + "." + f.name());
      }
    }
  }

  @Test
  void suggest_findsTyposButNotStrangers() {
    var names = java.util.List.of("replicas", "template", "placement");
    assertEquals("replicas", Suggest.closest("replcas", names).orElseThrow());
    assertEquals("replicas", Suggest.closest("Replicas", names).orElseThrow());
    assertEquals("template", Suggest.closest("tempalte", names).orElseThrow());
    assertTrue(Suggest.closest("colour", names).isEmpty());
  }
}
