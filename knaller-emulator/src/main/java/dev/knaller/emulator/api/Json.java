package dev.knaller.emulator.api;

import dev.knaller.emulator.http.HttpResponse;
import dev.knaller.emulator.serde.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for building bodies in serde's field order. */
final class Json {
  private Json() {}

  static HttpResponse ok(Object value) {
    return HttpResponse.ok(JsonWriter.write(value));
  }

  /** Builds an ordered object from key, value pairs. */
  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static boolean flag(Map<String, Object> body, String key) {
    return Boolean.TRUE.equals(body.get(key));
  }

  static String text(Map<String, Object> body, String key) {
    return (String) body.get(key);
  }

  static long number(Map<String, Object> body, String key, long fallback) {
    Object value = body.get(key);
    return value == null ? fallback : (Long) value;
  }

  /** A rate limiter as Firecracker echoes it: both buckets, null when unset. */
  @SuppressWarnings("unchecked")
  static Object rateLimiter(Object limiter) {
    if (limiter == null) {
      return null;
    }
    var given = (Map<String, Object>) limiter;
    return object("bandwidth", bucket(given.get("bandwidth")), "ops", bucket(given.get("ops")));
  }

  @SuppressWarnings("unchecked")
  static Object bucket(Object bucket) {
    if (bucket == null) {
      return null;
    }
    var given = (Map<String, Object>) bucket;
    return object(
        "size",
        given.get("size"),
        "one_time_burst",
        given.get("one_time_burst"),
        "refill_time",
        given.get("refill_time"));
  }
}
