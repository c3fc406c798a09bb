package io.kubesim.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain CLI knows the local engine only, and Spark is not on its class path. */
class SweepEnginesTest {

  @Test
  void plainClassPath_hasTheLocalEngineOnly() {
    assertEquals(List.of(LocalSweepEngine.NAME), SweepEngines.names());
    assertTrue(SweepEngines.find("spark").isEmpty());
  }

  @Test
  void plainClassPath_isFreeOfSpark() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.spark.SparkConf"));
  }
}
