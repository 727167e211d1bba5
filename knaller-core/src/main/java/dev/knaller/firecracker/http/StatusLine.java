package dev.knaller.firecracker.http;

/**
 * Parses an HTTP/1.x status line.
 *
 * <p>micro_http writes {@code HTTP/1.1 204 } with a trailing space and no reason phrase, and its
 * too-many-connections reply {@code HTTP/1.1 503} has neither; both are valid here.
 */
final class StatusLine {
  private StatusLine() {}

  /** Returns the status code of {@code line}. */
  static int parse(String line) throws HttpProtocolException {
    if (!line.startsWith("HTTP/1.") || line.length() < 12 || line.charAt(8) != ' ') {
      throw malformed(line);
    }
    String code = line.substring(9, 12);
    if (!isDigits(code)) {
      throw malformed(line);
    }
    if (line.length() > 12 && line.charAt(12) != ' ') {
      throw malformed(line);
    }
    return Integer.parseInt(code);
  }

  /** True when {@code text} is ASCII digits only. */
  static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static HttpProtocolException malformed(String line) {
    return new HttpProtocolException("malformed status line: " + line);
  }
}
