package dev.knaller.emulator;

/** Expected wire forms of Firecracker responses. */
final class Wire {
  static final String NO_CONTENT =
      "HTTP/1.1 204 \r\nServer: Firecracker API\r\nConnection: keep-alive\r\n\r\n";

  private Wire() {}

  static String json(int status, String body) {
    return "HTTP/1.1 "
        + status
        + " \r\nServer: Firecracker API\r\nConnection: keep-alive\r\n"
        + "Content-Type: application/json\r\nContent-Length: "
        + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
        + "\r\n\r\n"
        + body;
  }

  static String fault(String message) {
    return json(400, "{\"fault_message\":\"" + message.replace("\"", "\\\"") + "\"}");
  }

  static String transportError(String message) {
    return json(
        400,
        "{ \"error\": \"" + message + "\nAll previous unanswered requests will be dropped.\" }");
  }

  static String deprecated(String response) {
    return response.replaceFirst("keep-alive\r\n", "keep-alive\r\nDeprecation: true\r\n");
  }

  static String serde(String message) {
    return fault(
        "An error occurred when deserializing the json body of a request: " + message + ".");
  }
}
