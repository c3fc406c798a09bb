package io.kubesim.reports;

import java.io.IOException;

/**
 * A results file that cannot be read back: not JSON, an unsupported {@code schemaVersion}, or a
 * field missing or of the wrong type. The message names the file, the field path and what was
 * expected.
 */
public final class InvalidResultsException extends IOException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message for people. */
  public InvalidResultsException(String message) {
    super(message);
  }

  /** Creates the exception with a message for people and its cause. */
  public InvalidResultsException(String message, Throwable cause) {
    super(message, cause);
  }
}
