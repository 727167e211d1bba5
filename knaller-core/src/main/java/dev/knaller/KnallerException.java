package dev.knaller;

/**
 * The checked root of every failure a knaller caller can act on: bad input, a missing host tool, a
 * VM that failed to start. Subclasses carry the facts as typed fields.
 */
public class KnallerException extends Exception {
  public KnallerException(String message) {
    super(message);
  }

  public KnallerException(String message, Throwable cause) {
    super(message, cause);
  }
}
