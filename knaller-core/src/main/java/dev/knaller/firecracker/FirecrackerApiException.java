package dev.knaller.firecracker;

/**
 * Firecracker answered a request with a non-2xx status.
 *
 * <p>The message reads {@code PUT /network-interfaces/eth0 returned 400: <fault>}, where the fault
 * is the exact {@code fault_message}, or the raw body when it is not an API fault (micro_http's
 * transport errors send <code>{ "error": ...}</code> with a raw newline, which is not JSON).
 */
public final class FirecrackerApiException extends FirecrackerException {
  private final String method;
  private final String path;
  private final int status;
  private final String faultMessage;

  /** Creates the exception for one failed request. */
  public FirecrackerApiException(String method, String path, int status, String faultMessage) {
    super(method + " " + path + " returned " + status + ": " + faultMessage);
    this.method = method;
    this.path = path;
    this.status = status;
    this.faultMessage = faultMessage;
  }

  /** The request method, e.g. {@code PUT}. */
  public String method() {
    return method;
  }

  /** The request path, e.g. {@code /network-interfaces/eth0}. */
  public String path() {
    return path;
  }

  /** The HTTP status (Firecracker uses 400 for API faults, 413 for a full MMDS store). */
  public int status() {
    return status;
  }

  /** The {@code fault_message} byte for byte, or the raw body when it is not an API fault. */
  public String faultMessage() {
    return faultMessage;
  }
}
