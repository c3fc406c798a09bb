package io.kubesim.scenarios.yaml;

/**
 * A scenario that cannot be used, with where and what: {@code file:line:col: path: message}.
 * The CLI prints {@link #getMessage()} and exits with status 2.
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Location location;
  private final String path;
  private final String problem;

  /**
   * @param location where the offending value was written
   * @param path the field path, e.g. {@code spec.faults[0].duration}; empty for the whole file
   * @param problem what was wrong and what was expected
   */
  public ScenarioException(Location location, String path, String problem) {
    super(format(location, path, problem));
    this.location = location;
    this.path = path;
    this.problem = problem;
  }

  /** Where the offending value was written. */
  public Location location() {
    return location;
  }

  /** The field path. */
  public String path() {
    return path;
  }

  /** The problem without location and path. */
  public String problem() {
    return problem;
  }

  /** The same error with {@code suffix} after the problem (e.g. the variant it occurred in). */
  public ScenarioException withContext(String suffix) {
    ScenarioException e = new ScenarioException(location, path, problem + suffix);
    e.initCause(this);
    return e;
  }

  private static String format(Location location, String path, String problem) {
    return location + ": " + (path == null || path.isEmpty() ? "" : path + ": ") + problem;
  }
}
