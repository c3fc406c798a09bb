package io.kubesim.reports.charts;

import java.util.function.ToIntFunction;

/** JFreeChart needs unique series keys; variant names should be unique but are not checked here. */
final class SeriesKeys {

  private SeriesKeys() {}

  /** {@code name}, or {@code name (2)}, {@code name (3)}… if already taken. */
  static String unique(ToIntFunction<String> indexOf, String name) {
    String key = name;
    for (int i = 2; indexOf.applyAsInt(key) >= 0; i++) {
      key = name + " (" + i + ")";
    }
    return key;
  }
}
