package dev.knaller.emulator.api;

/** An API error: 400 (or the MMDS 413) with {@code {"fault_message":"..."}}. */
final class Fault extends Exception {
  private final int status;

  Fault(String message) {
    this(400, message);
  }

  Fault(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }

  static Fault notSupportedBeforeStart() {
    return new Fault("The requested operation is not supported before starting the microVM.");
  }

  static Fault notSupportedAfterStart() {
    return new Fault("The requested operation is not supported after starting the microVM.");
  }

  static Fault invalidPath(String method, String token) {
    return new Fault("Invalid request method and/or path: " + method + " " + token + ".");
  }

  static Fault unrecognizedPath(String method, String token) {
    return new Fault("Unrecognized " + method + " request path `" + token + "`.");
  }
}
