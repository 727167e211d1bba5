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

  // instanceof, not a pattern switch: the socket wait loop meets this first thing in a cold JVM.
  static FirecrackerException of(IOException ex, String call, Path socket) {
    String where = call + " on " + socket;
    if (ex instanceof NotListeningException missing) {
      return new FirecrackerNotListeningException(missing.socket(), missing.socketMissing(), ex);
    }
    if (ex instanceof TransportTimeoutException timeout) {
      String remedy = "; raise the read timeout if the call is slow by nature";
      return new FirecrackerTimeoutException(
          where + ": " + ex.getMessage() + remedy, timeout.timeout(), ex);
    }
    if (ex instanceof HttpProtocolException) {
      return new FirecrackerProtocolException(where + ": " + ex.getMessage(), ex);
    }
    if (ex instanceof InterruptedIOException) {
      // The interrupt flag stays set for the caller to see.
      return new FirecrackerException(where + " was interrupted", ex);
    }
    return new FirecrackerException(where + " failed: " + reason(ex), ex);
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
