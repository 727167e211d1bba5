package dev.knaller.firecracker;

/**
 * A Firecracker call failed: the socket could not be reached, the exchange broke or timed out, or
 * the server answered with an error ({@link FirecrackerApiException}).
 */
public class FirecrackerException extends Exception {
  /** Creates the exception with a message that names the call and what went wrong. */
  public FirecrackerException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the failure that caused it. */
  public FirecrackerException(String message, Throwable cause) {
    super(message, cause);
  }
}
