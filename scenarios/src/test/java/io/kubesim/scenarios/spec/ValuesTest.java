package io.kubesim.scenarios.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.scenarios.schema.CommonTypes;
import io.kubesim.scenarios.yaml.Location;
import io.kubesim.scenarios.yaml.ScalarNode;
import io.kubesim.scenarios.yaml.ScalarNode.Kind;
import io.kubesim.scenarios.yaml.ScenarioException;
import org.junit.jupiter.api.Test;

/** Durations, rates, percentages and thresholds against hand-computed values. */
class ValuesTest {
  private static ScalarNode s(String text) {
    return new ScalarNode(new Location("t", 1, 1), text, Kind.STRING);
  }

  private static double seconds(String text) {
    return Values.seconds(s(text), CommonTypes.DURATION_OR_FOREVER, "x");
  }

  @Test
  void durations_parseEveryUnitAndSums() {
    assertEquals(250e-6, seconds("250us"), 1e-15);
    assertEquals(0.5, seconds("500ms"));
    assertEquals(10, seconds("10s"));
    assertEquals(300, seconds("5m"));
    assertEquals(3600, seconds("1h"));
    assertEquals(90, seconds("1m30s"));
    assertEquals(1.5, seconds("1.5s"));
    assertEquals(Double.POSITIVE_INFINITY, seconds("forever"));
  }

  @Test
  void durations_refuseNegativeUnitlessAndHuge() {
    ScenarioException e = assertThrows(ScenarioException.class, () -> seconds("-5s"));
    assertEquals("t:1:1: x: expected a duration like 30s or forever, got \"-5s\"", e.getMessage());
    assertThrows(ScenarioException.class, () -> seconds("10"));
    assertThrows(ScenarioException.class, () -> seconds("31d"));
    assertThrows(ScenarioException.class,
        () -> Values.seconds(new ScalarNode(new Location("t", 1, 1), "30", Kind.INTEGER),
            CommonTypes.DURATION, "x"));
  }

  @Test
  void rates_convertToPerSecond() {
    assertEquals(600, Values.rate(s("600/s"), CommonTypes.RATE, "r"));
    assertEquals(600, Values.rate(s("36000/m"), CommonTypes.RATE, "r"));
    assertEquals(1, Values.rate(s("3600 / h"), CommonTypes.RATE, "r"));
    assertThrows(ScenarioException.class, () -> Values.rate(s("1e9/s"), CommonTypes.RATE, "r"));
  }

  @Test
  void percentages_roundLikeKubernetes() {
    assertEquals(3, Values.intOrPercent(s("25%"), 10, true, "p"));
    assertEquals(2, Values.intOrPercent(s("25%"), 10, false, "p"));
    assertEquals(2, Values.intOrPercent(s("25%"), 8, true, "p"));
    assertThrows(ScenarioException.class, () -> Values.intOrPercent(s("250%"), 8, true, "p"));
  }

  @Test
  void thresholds_compareMeans() {
    Threshold t = Values.threshold(s(">= 99.9%"), "successRate", "t");
    assertEquals(0.999, t.value(), 1e-12);
    assertTrue(t.passes(0.9995));
    assertFalse(t.passes(0.99));
    assertFalse(t.passes(Double.NaN));
    assertEquals(2, Values.threshold(s("< 2s"), "latencyP99Seconds", "t").value());
    assertThrows(ScenarioException.class, () -> Values.threshold(s("about 3"), "k", "t"));
  }
}
