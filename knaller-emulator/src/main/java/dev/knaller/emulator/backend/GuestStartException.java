package dev.knaller.emulator.backend;

/** The guest could not be started; the message follows {@code Start microvm error: }. */
public final class GuestStartException extends Exception {
  public GuestStartException(String message) {
    super(message);
  }

  public GuestStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
