package dev.knaller.firecracker;

import java.time.Duration;

/**
 * A call did not finish in time. Firecracker handles requests one at a time, so a slow call (an
 * InstanceStart, a snapshot) delays every other; raise the read timeout for those.
 */
public final class FirecrackerTimeoutException extends FirecrackerException {
  private final Duration timeout;

  /** Creates the exception; the message names the call and the phase that ran out of time. */
  public FirecrackerTimeoutException(String message, Duration timeout, Throwable cause) {
    super(message, cause);
    this.timeout = timeout;
  }

  /** The timeout that ran out. */
  public Duration timeout() {
    return timeout;
  }
}
