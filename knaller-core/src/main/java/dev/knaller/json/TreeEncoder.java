package dev.knaller.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns records, enums, lists and maps into a JSON tree; record components that are null vanish.
 */
final class TreeEncoder {
  private TreeEncoder() {}

  // instanceof, not a pattern switch: its bootstrap costs a cold CLI start milliseconds.
  static Object encode(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number) {
      return value;
    }
    if (value instanceof Enum<?> constant) {
      return WireNames.of(constant);
    }
    if (value instanceof Record record) {
      return encodeRecord(record);
    }
    if (value instanceof Collection<?> items) {
      return encodeList(items);
    }
    if (value instanceof Map<?, ?> map) {
      return encodeMap(map);
    }
    throw new JsonException("cannot encode " + value.getClass().getName() + " as JSON");
  }

  private static Map<String, Object> encodeRecord(Record record) {
    RecordShape shape = RecordShape.of(record.getClass());
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < shape.size(); i++) {
      Object value = shape.read(record, i);
      if (value != null) {
        object.put(shape.wireName(i), encode(value));
      }
    }
    return object;
  }

  private static List<Object> encodeList(Collection<?> items) {
    List<Object> list = new ArrayList<>(items.size());
    for (Object item : items) {
      list.add(encode(item));
    }
    return list;
  }

  private static Map<String, Object> encodeMap(Map<?, ?> map) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new JsonException("JSON object keys must be strings, found " + entry.getKey());
      }
      object.put(key, encode(entry.getValue()));
    }
    return object;
  }
}
