package dev.knaller.firecracker;

/** The server's answer could not be framed as HTTP or bound to the expected model. */
public final class FirecrackerProtocolException extends FirecrackerException {
  /** Creates the exception with a message that names the call and the defect. */
  public FirecrackerProtocolException(String message, Throwable cause) {
    super(message, cause);
  }
}
