package dev.knaller.json;

import java.lang.reflect.Type;

/**
 * Binds records to JSON and back.
 *
 * <ul>
 *   <li>Record components become keys in snake_case, or the name of their {@link JsonName}.
 *   <li>Null components are omitted; output is compact.
 *   <li>Enums travel as their {@link JsonName}, else their constant name.
 *   <li>{@code Map<String, Object>} and {@code Object} components hold free-form JSON trees.
 *   <li>Reading goes through the canonical constructor: unknown keys are ignored, absent keys are
 *       null.
 * </ul>
 */
public final class JsonBinder {
  private JsonBinder() {}

  /** Returns the compact JSON text of a record, enum, list, map or scalar. */
  public static String toJson(Object value) {
    return JsonWriter.write(toTree(value));
  }

  /** Returns the JSON tree of a record, enum, list, map or scalar. */
  public static Object toTree(Object value) {
    return TreeEncoder.encode(value);
  }

  /** Parses {@code json} and binds it to {@code type}. */
  public static <T> T fromJson(String json, Class<T> type) {
    return fromTree(JsonReader.parse(json), type);
  }

  /** Binds an already parsed tree to {@code type}. */
  public static <T> T fromTree(Object tree, Class<T> type) {
    return type.cast(fromTree(tree, (Type) type));
  }

  /** Binds an already parsed tree to a possibly generic type such as {@code List<Drive>}. */
  public static Object fromTree(Object tree, Type type) {
    return TreeDecoder.decode(tree, type, "$");
  }
}
