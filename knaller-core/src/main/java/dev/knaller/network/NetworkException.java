package dev.knaller.network;

/** A VM's network cannot be set up: no free subnet or port, or the host cannot be inspected. */
public class NetworkException extends Exception {
  public NetworkException(String message) {
    super(message);
  }

  public NetworkException(String message, Throwable cause) {
    super(message, cause);
  }
}
