package dev.knaller.firecracker;

import dev.knaller.json.JsonBinder;
import dev.knaller.json.JsonException;
import dev.knaller.json.JsonReader;
import java.util.Map;

/** Binds 200 bodies to models; a body that does not fit is the server's protocol error. */
final class ResponseBodies {
  private ResponseBodies() {}

  static <T> T bind(String call, String body, Class<T> type) throws FirecrackerProtocolException {
    try {
      return JsonBinder.fromJson(body, type);
    } catch (JsonException ex) {
      throw unreadable(call, body, ex);
    }
  }

  @SuppressWarnings("unchecked") // a JSON object parses to a Map with String keys
  static Map<String, Object> object(String call, String body) throws FirecrackerProtocolException {
    try {
      if (JsonReader.parse(body) instanceof Map<?, ?> tree) {
        return (Map<String, Object>) tree;
      }
      throw new JsonException("expected a JSON object");
    } catch (JsonException ex) {
      throw unreadable(call, body, ex);
    }
  }

  private static FirecrackerProtocolException unreadable(
      String call, String body, JsonException ex) {
    return new FirecrackerProtocolException(
        call + " answered a body the client cannot read (" + ex.getMessage() + "): " + body, ex);
  }
}
