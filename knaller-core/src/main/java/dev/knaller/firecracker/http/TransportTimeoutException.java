package dev.knaller.firecracker.http;

import java.io.IOException;
import java.time.Duration;

/** A connect, or a request and its response, did not finish within its bounded time. */
public final class TransportTimeoutException extends IOException {
  private final Duration timeout;

  /** Creates the exception; {@code what} names the phase that ran out of time. */
  public TransportTimeoutException(String what, Duration timeout) {
    super(what + " did not finish within " + timeout.toMillis() + " ms");
    this.timeout = timeout;
  }

  /** The time that ran out. */
  public Duration timeout() {
    return timeout;
  }
}
