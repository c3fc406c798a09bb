package io.kubesim.scenarios.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The sweep engines on the class path, by name (the local engine is always there). */
public final class SweepEngines {
  private SweepEngines() {}

  /** The engine called {@code name}, if it is on the class path. */
  public static Optional<SweepEngine> find(String name) {
    for (SweepEngine e : ServiceLoader.load(SweepEngine.class)) {
      if (e.name().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The names of the engines on the class path. */
  public static List<String> names() {
    List<String> out = new ArrayList<>();
    ServiceLoader.load(SweepEngine.class).forEach(e -> out.add(e.name()));
    return out;
  }
}
