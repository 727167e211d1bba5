package dev.knaller.emulator.http;

import java.util.Optional;

/**
 * A request as micro_http hands it to Firecracker: method, path (scheme and host stripped, no
 * decoding, query string kept), and the body, absent when Content-Length was missing or 0.
 */
public record HttpRequest(String method, String path, String version, byte[] bodyOrNull) {

  public Optional<byte[]> body() {
    return Optional.ofNullable(bodyOrNull);
  }

  public boolean hasBody() {
    return bodyOrNull != null;
  }
}
