package dev.knaller.emulator.http;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/** A request whose request line is parsed and whose headers and body are still arriving. */
final class PendingRequest {
  private static final List<String> METHODS = List.of("GET", "PUT", "PATCH", "DELETE");
  private final String method;
  private final String path;
  private final String version;
  private long contentLength;
  private boolean expectContinue;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  private PendingRequest(String method, String path, String version) {
    this.method = method;
    this.path = path;
    this.version = version;
  }

  /** Parses {@code METHOD SP URI SP VERSION}; DELETE exists only in v1.16's micro_http. */
  static PendingRequest fromRequestLine(String line, boolean deleteSupported)
      throws TransportException {
    String[] parts = line.split(" ", -1);
    if (parts.length != 3) {
      throw new TransportException("Invalid request.");
    }
    boolean known = METHODS.contains(parts[0]) && (deleteSupported || !parts[0].equals("DELETE"));
    if (!known) {
      throw new TransportException("Invalid HTTP Method: Unsupported HTTP method.");
    }
    if (parts[1].isEmpty()) {
      throw new TransportException("Invalid URI: Empty URI not allowed.");
    }
    if (!parts[2].equals("HTTP/1.0") && !parts[2].equals("HTTP/1.1")) {
      throw new TransportException("Invalid HTTP Version: Unsupported HTTP version.");
    }
    return new PendingRequest(parts[0], pathOf(parts[1]), parts[2]);
  }

  /** micro_http strips {@code http://host}; a URI with neither form has an empty path. */
  private static String pathOf(String uri) {
    if (uri.startsWith("http://")) {
      int slash = uri.indexOf('/', "http://".length());
      return slash < 0 ? "" : uri.substring(slash);
    }
    return uri.startsWith("/") ? uri : "";
  }

  void header(String line) throws TransportException {
    int colon = line.indexOf(':');
    if (colon < 0) {
      throw new TransportException(
          "Invalid header. Reason: Header is incorrectly formatted. Key: " + line);
    }
    String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
    String rawValue = line.substring(colon + 1);
    switch (name) {
      case "content-length" -> contentLength = parseContentLength(rawValue);
      case "expect" -> expectContinue = rawValue.trim().equals("100-continue");
      case "accept-encoding" -> checkAcceptEncoding(rawValue);
      default -> {
        // Transfer-Encoding, Content-Type, Accept, Host, Connection, ...: stored and ignored.
      }
    }
  }

  private static long parseContentLength(String rawValue) throws TransportException {
    String value = rawValue.trim();
    if (!value.matches("\\+?[0-9]{1,10}") || Long.parseLong(value) > 0xFFFF_FFFFL) {
      throw new TransportException(
          "Invalid header. Reason: Invalid value. Key:Content-Length; Value:" + rawValue);
    }
    return Long.parseLong(value);
  }

  /** Refusing identity ({@code identity;q=0}, or {@code *;q=0} without identity) is an error. */
  private static void checkAcceptEncoding(String rawValue) throws TransportException {
    boolean identityListed = false;
    String wildcardRefusal = null;
    for (String item : rawValue.split(",", -1)) {
      String coding = item.trim();
      String bare = coding.replace(" ", "");
      if (bare.equals("identity;q=0")) {
        throw invalidEncoding(coding);
      }
      identityListed |= bare.startsWith("identity");
      wildcardRefusal = bare.equals("*;q=0") ? coding : wildcardRefusal;
    }
    if (wildcardRefusal != null && !identityListed) {
      throw invalidEncoding(wildcardRefusal);
    }
  }

  private static TransportException invalidEncoding(String item) {
    return new TransportException(
        "Invalid header. Reason: Invalid value. Key:Accept-Encoding; Value:" + item);
  }

  long contentLength() {
    return contentLength;
  }

  boolean expectsContinue() {
    return expectContinue;
  }

  String version() {
    return version;
  }

  long missingBodyBytes() {
    return contentLength - body.size();
  }

  void appendBody(byte[] data, int offset, int length) {
    body.write(data, offset, length);
  }

  HttpRequest toRequest() {
    return new HttpRequest(method, path, version, contentLength == 0 ? null : body.toByteArray());
  }
}
