package dev.knaller.json;

/**
 * JSON text that does not parse, or a tree that does not fit the type it is bound to.
 *
 * <p>Unchecked: inside this package it means malformed input or a model bug. The Firecracker client
 * catches it at its boundary and reports a protocol error naming the request.
 */
public final class JsonException extends RuntimeException {
  /** Creates the exception with a message that names the position or the field. */
  public JsonException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the failure that caused it. */
  public JsonException(String message, Throwable cause) {
    super(message, cause);
  }
}
