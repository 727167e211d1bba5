package dev.knaller.emulator.http;

/** A micro_http parse error; its message goes into the invalid-JSON 400 body. */
final class TransportException extends Exception {
  TransportException(String message) {
    super(message, null, false, false);
  }
}
