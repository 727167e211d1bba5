package dev.knaller.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
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

  static Object encode(Object value) {
    return switch (value) {
      case null -> null;
      case String text -> text;
      case Boolean flag -> flag;
      case Number number -> number;
      case Enum<?> constant -> WireNames.of(constant);
      case Record record -> encodeRecord(record);
      case Collection<?> items -> encodeList(items);
      case Map<?, ?> map -> encodeMap(map);
      default ->
          throw new JsonException("cannot encode " + value.getClass().getName() + " as JSON");
    };
  }

  private static Map<String, Object> encodeRecord(Record record) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value = read(record, component);
      if (value != null) {
        object.put(WireNames.of(component), encode(value));
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

  private static Object read(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException ex) {
      throw new JsonException(
          "cannot read " + record.getClass().getSimpleName() + "." + component.getName(), ex);
    }
  }
}
