package dev.knaller.firecracker.http;

import java.io.IOException;

/** The peer sent bytes that are not an HTTP/1.1 response this client can frame. */
public final class HttpProtocolException extends IOException {
  /** Creates the exception with a message that says what was wrong. */
  public HttpProtocolException(String message) {
    super(message);
  }
}
