package dev.knaller.emulator.http;

import java.util.Optional;

/**
 * A request as micro_http hands it to Firecracker: method, path (scheme and host stripped, no
 * decoding, query string kept), and the body, absent when Content-Length was missing or 0.
 */
public final class HttpRequest {
  private final String method;
  private final String path;
  private final String version;
  private final byte[] body;

  public HttpRequest(String method, String path, String version, byte[] bodyOrNull) {
    this.method = method;
    this.path = path;
    this.version = version;
    this.body = bodyOrNull == null ? null : bodyOrNull.clone();
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public String version() {
    return version;
  }

  public Optional<byte[]> body() {
    return Optional.ofNullable(body).map(byte[]::clone);
  }

  public boolean hasBody() {
    return body != null;
  }
}
