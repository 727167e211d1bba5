package dev.knaller.emulator.http;

import java.nio.charset.StandardCharsets;

/**
 * A response and its exact wire form.
 *
 * <p>Firecracker always answers {@code HTTP/1.1 <code> } with a trailing space and no reason
 * phrase; then {@code Server}, {@code Connection: keep-alive}, optionally {@code Deprecation}, then
 * {@code Content-Type} and {@code Content-Length} on every status except 204 and 100.
 */
public record HttpResponse(int status, String body, boolean deprecation) {
  private static final String SERVER = "Server: Firecracker API\r\n";
  private static final String KEEP_ALIVE = "Connection: keep-alive\r\n";
  private static final String DROPPED = "All previous unanswered requests will be dropped.";

  public static HttpResponse noContent() {
    return new HttpResponse(204, "", false);
  }

  public static HttpResponse ok(String json) {
    return new HttpResponse(200, json, false);
  }

  /**
   * micro_http's own 400: its body is <code>{ "error": "&lt;msg&gt;</code>, a raw LF and the
   * dropped-requests sentence, which is not valid JSON and has no {@code fault_message}.
   */
  public static HttpResponse transportError(String message) {
    return new HttpResponse(400, "{ \"error\": \"" + message + "\n" + DROPPED + "\" }", false);
  }

  public HttpResponse withDeprecation(boolean deprecated) {
    return new HttpResponse(status, body, deprecation || deprecated);
  }

  public byte[] encode() {
    var head = new StringBuilder("HTTP/1.1 ").append(status).append(" \r\n");
    head.append(SERVER).append(KEEP_ALIVE);
    if (deprecation) {
      head.append("Deprecation: true\r\n");
    }
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    if (status != 204) {
      head.append("Content-Type: application/json\r\n");
      head.append("Content-Length: ").append(content.length).append("\r\n");
    }
    head.append("\r\n");
    return concat(
        head.toString().getBytes(StandardCharsets.UTF_8), status == 204 ? new byte[0] : content);
  }

  /** The interim answer to {@code Expect: 100-continue}, in the request's HTTP version. */
  public static byte[] continueFor(String version) {
    return (version + " 100 \r\n" + SERVER + KEEP_ALIVE + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The fixed reply micro_http sends to a connection over its limit before closing it. */
  public static byte[] tooManyConnections() {
    String body = "{ \"error\": \"Too many open connections\" }";
    String head =
        "HTTP/1.1 503\r\n" + SERVER + "Connection: close\r\nContent-Length: " + body.length();
    return (head + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
