package dev.knaller.firecracker.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Encodes a request the way micro_http reads it: CRLF line ends, a Content-Length that counts UTF-8
 * bytes, no chunking and no {@code Expect} (which would trigger an interim 100).
 */
final class RequestEncoder {
  /** micro_http reads the request line into a 1024-byte buffer, CRLF included. */
  static final int MAX_REQUEST_LINE_BYTES = 1024;

  private RequestEncoder() {}

  /** Returns head and body as two buffers for one gathering write; {@code body} may be null. */
  static ByteBuffer[] encode(String method, String path, String body) {
    checkPath(path);
    byte[] bodyBytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    String head = requestLine(method, path) + headers(bodyBytes.length, body != null) + "\r\n";
    return new ByteBuffer[] {
      ByteBuffer.wrap(head.getBytes(StandardCharsets.UTF_8)), ByteBuffer.wrap(bodyBytes)
    };
  }

  private static String requestLine(String method, String path) {
    String line = method + " " + path + " HTTP/1.1\r\n";
    if (line.length() > MAX_REQUEST_LINE_BYTES) {
      throw new IllegalArgumentException(
          "request line of "
              + line.length()
              + " bytes exceeds Firecracker's limit of "
              + MAX_REQUEST_LINE_BYTES
              + " bytes; use shorter resource ids");
    }
    return line;
  }

  private static String headers(int contentLength, boolean hasBody) {
    String type = hasBody ? "Content-Type: application/json\r\n" : "";
    return "Host: localhost\r\nAccept: application/json\r\n"
        + type
        + "Content-Length: "
        + contentLength
        + "\r\n";
  }

  /** micro_http does no percent-decoding: the path goes as UTF-8, without spaces or controls. */
  private static void checkPath(String path) {
    if (!path.startsWith("/") || hasSpaceOrControl(path)) {
      throw new IllegalArgumentException(
          "request path must start with '/' and hold no spaces or control characters: " + path);
    }
  }

  private static boolean hasSpaceOrControl(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c <= 0x20 || c == 0x7f) {
        return true;
      }
    }
    return false;
  }
}
