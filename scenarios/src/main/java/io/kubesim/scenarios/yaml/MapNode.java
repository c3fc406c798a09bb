package io.kubesim.scenarios.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping with string keys, in the order written, remembering where each key was written.
 */
public final class MapNode implements Node {
  private final Location location;
  private final Map<String, Node> values;
  private final Map<String, Location> keyLocations;
  private final long expandedSize;

  /**
   * @param location where the mapping starts
   * @param values key → value, in order
   * @param keyLocations key → where the key was written
   */
  public MapNode(Location location, Map<String, Node> values, Map<String, Location> keyLocations) {
    this.location = location;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.keyLocations = Collections.unmodifiableMap(new LinkedHashMap<>(keyLocations));
    long size = 1;
    for (Node n : values.values()) {
      size += n.expandedSize();
    }
    this.expandedSize = size;
  }

  /** An empty mapping at {@code location}. */
  public static MapNode empty(Location location) {
    return new MapNode(location, Map.of(), Map.of());
  }

  @Override
  public Location location() {
    return location;
  }

  /** The keys, in the order written. */
  public Set<String> keys() {
    return values.keySet();
  }

  /** Key → value, in order. */
  public Map<String, Node> values() {
    return values;
  }

  /** The value of {@code key}, if present. */
  public Optional<Node> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** Where {@code key} was written, or where the mapping starts if it was not. */
  public Location keyLocation(String key) {
    return keyLocations.getOrDefault(key, location);
  }

  /** A copy with {@code key} set to {@code value} (kept in place if present, else appended). */
  public MapNode with(String key, Node value, Location keyLocation) {
    Map<String, Node> v = new LinkedHashMap<>(values);
    Map<String, Location> k = new LinkedHashMap<>(keyLocations);
    v.put(key, value);
    k.putIfAbsent(key, keyLocation);
    return new MapNode(location, v, k);
  }

  /** A copy without {@code key}. */
  public MapNode without(String key) {
    Map<String, Node> v = new LinkedHashMap<>(values);
    Map<String, Location> k = new LinkedHashMap<>(keyLocations);
    v.remove(key);
    k.remove(key);
    return new MapNode(location, v, k);
  }

  @Override
  public String describe() {
    return "a map";
  }

  @Override
  public long expandedSize() {
    return expandedSize;
  }

  @Override
  public String toString() {
    return "MapNode" + values;
  }
}
