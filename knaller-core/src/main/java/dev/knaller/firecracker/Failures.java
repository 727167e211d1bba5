package dev.knaller.firecracker;

import dev.knaller.firecracker.http.HttpProtocolException;
import dev.knaller.firecracker.http.HttpResponse;
import dev.knaller.firecracker.http.NotListeningException;
import dev.knaller.firecracker.http.TransportTimeoutException;
import dev.knaller.json.JsonException;
import dev.knaller.json.JsonReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.Map;

/** Turns transport failures and error answers into the client's checked exceptions. */
final class Failures {
  private Failures() {}

  static FirecrackerException of(IOException ex, String call, Path socket) {
    return switch (ex) {
      case NotListeningException missing ->
          new FirecrackerNotListeningException(missing.socket(), missing.socketMissing(), ex);
      case TransportTimeoutException timeout ->
          new FirecrackerTimeoutException(
              call + " on " + socket + ": " + ex.getMessage(), timeout.timeout(), ex);
      case HttpProtocolException protocol ->
          new FirecrackerProtocolException(call + " on " + socket + ": " + ex.getMessage(), ex);
      // The interrupt flag stays set for the caller to see.
      case InterruptedIOException interrupted ->
          new FirecrackerException(call + " on " + socket + " was interrupted", ex);
      default -> new FirecrackerException(call + " on " + socket + " failed: " + reason(ex), ex);
    };
  }

  private static String reason(IOException ex) {
    return ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
  }

  static FirecrackerApiException of(String method, String path, HttpResponse response) {
    return new FirecrackerApiException(method, path, response.status(), fault(response.body()));
  }

  /** The {@code fault_message} of an API fault; any other body is returned whole. */
  private static String fault(String body) {
    try {
      if (JsonReader.parse(body) instanceof Map<?, ?> object
          && object.get("fault_message") instanceof String message) {
        return message;
      }
    } catch (JsonException notJson) {
      // micro_http's own errors put a raw newline inside a JSON string: report the body as is.
    }
    return body;
  }
}
