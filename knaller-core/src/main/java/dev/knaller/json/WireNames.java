package dev.knaller.json;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The names records and enums have on the wire: declared ones, else the default rule. */
final class WireNames {
  private static final Map<Class<?>, Map<String, Enum<?>>> ENUMS_BY_WIRE_NAME =
      new ConcurrentHashMap<>();

  private WireNames() {}

  /**
   * The key of a record component: its {@link JsonName}, else its name in kebab-case for {@link
   * KebabCaseKeys} records, else in snake_case.
   */
  static String of(RecordComponent component) {
    JsonName name = component.getAnnotation(JsonName.class);
    if (name != null) {
      return name.value();
    }
    String snake = snakeCase(component.getName());
    boolean kebab = KebabCaseKeys.class.isAssignableFrom(component.getDeclaringRecord());
    return kebab ? snake.replace('_', '-') : snake;
  }

  /** The wire value of an enum constant: its {@link JsonEnum#wireName()}, else its name. */
  static String of(Enum<?> constant) {
    return constant instanceof JsonEnum named ? named.wireName() : constant.name();
  }

  /** The constant of {@code type} whose wire value is {@code wireName}, or null. */
  static Enum<?> constant(Class<?> type, String wireName) {
    Map<String, Enum<?>> byName = ENUMS_BY_WIRE_NAME.get(type);
    if (byName == null) {
      byName = index(type);
      ENUMS_BY_WIRE_NAME.put(type, byName);
    }
    return byName.get(wireName);
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
