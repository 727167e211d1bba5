package dev.knaller.json;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The names records and enums have on the wire: {@link JsonName}, else the default rule. */
final class WireNames {
  private static final Map<Class<?>, Map<String, Enum<?>>> ENUMS_BY_WIRE_NAME =
      new ConcurrentHashMap<>();

  private WireNames() {}

  /** The key of a record component: its {@link JsonName}, else its name in snake_case. */
  static String of(RecordComponent component) {
    JsonName name = component.getAnnotation(JsonName.class);
    return name != null ? name.value() : snakeCase(component.getName());
  }

  /** The wire value of an enum constant: its {@link JsonName}, else {@link Enum#name()}. */
  static String of(Enum<?> constant) {
    try {
      JsonName name =
          constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonName.class);
      return name != null ? name.value() : constant.name();
    } catch (NoSuchFieldException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** The constant of {@code type} whose wire value is {@code wireName}, or null. */
  static Enum<?> constant(Class<?> type, String wireName) {
    return ENUMS_BY_WIRE_NAME.computeIfAbsent(type, WireNames::index).get(wireName);
  }

  /** {@code memSizeMib} becomes {@code mem_size_mib}; digits stay with the word before them. */
  static String snakeCase(String camelCase) {
    StringBuilder out = new StringBuilder(camelCase.length() + 8);
    for (int i = 0; i < camelCase.length(); i++) {
      char c = camelCase.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Map<String, Enum<?>> index(Class<?> type) {
    Map<String, Enum<?>> byName = new ConcurrentHashMap<>();
    for (Object constant : type.getEnumConstants()) {
      Enum<?> value = (Enum<?>) constant;
      byName.put(of(value), value);
    }
    return byName;
  }
}
