package dev.knaller.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Binds a JSON tree to a type: records through their canonical constructor, with unknown keys
 * ignored (a newer Firecracker may add fields) and absent keys passed as null.
 */
final class TreeDecoder {
  private TreeDecoder() {}

  static Object decode(Object tree, Type type, String where) {
    if (type instanceof ParameterizedType parameterized) {
      return decodeParameterized(tree, parameterized, where);
    }
    Class<?> target = (Class<?>) type;
    if (tree == null) {
      return nullFor(target, where);
    }
    if (target == Object.class) {
      return tree;
    }
    if (target.isRecord()) {
      return decodeRecord(expect(tree, Map.class, where), target, where);
    }
    if (target.isEnum()) {
      return decodeEnum(expect(tree, String.class, where), target, where);
    }
    return decodeScalar(tree, target, where);
  }

  private static Object nullFor(Class<?> target, String where) {
    if (target.isPrimitive()) {
      throw new JsonException(where + " is absent or null but must hold a " + target);
    }
    return null;
  }

  private static Object decodeParameterized(Object tree, ParameterizedType type, String where) {
    if (tree == null) {
      return null;
    }
    Type raw = type.getRawType();
    if (raw == List.class) {
      return decodeList(expect(tree, List.class, where), type.getActualTypeArguments()[0], where);
    }
    if (raw == Map.class) {
      return expect(tree, Map.class, where);
    }
    throw new JsonException(where + ": cannot bind JSON to " + type.getTypeName());
  }

  private static List<Object> decodeList(List<?> items, Type itemType, String where) {
    List<Object> list = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      list.add(decode(items.get(i), itemType, where + "[" + i + "]"));
    }
    return List.copyOf(list);
  }

  private static Object decodeRecord(Map<?, ?> object, Class<?> type, String where) {
    RecordShape shape = RecordShape.of(type);
    Object[] arguments = new Object[shape.size()];
    for (int i = 0; i < arguments.length; i++) {
      String key = shape.wireName(i);
      arguments[i] = decode(object.get(key), shape.valueType(i), where + "." + key);
    }
    return shape.construct(arguments, where);
  }

  private static Object decodeEnum(String wireName, Class<?> type, String where) {
    Enum<?> constant = WireNames.constant(type, wireName);
    if (constant == null) {
      throw new JsonException(
          where
              + ": unknown "
              + type.getSimpleName()
              + " value \""
              + wireName
              + "\", expected one of "
              + wireValues(type));
    }
    return constant;
  }

  private static List<String> wireValues(Class<?> type) {
    List<String> values = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      values.add(WireNames.of((Enum<?>) constant));
    }
    return values;
  }

  private static Object decodeScalar(Object tree, Class<?> target, String where) {
    if (target == String.class) {
      return expect(tree, String.class, where);
    }
    if (target == Boolean.class || target == boolean.class) {
      return expect(tree, Boolean.class, where);
    }
    return Numbers.convert(expect(tree, Number.class, where), target, where);
  }

  private static <T> T expect(Object tree, Class<T> kind, String where) {
    if (!kind.isInstance(tree)) {
      throw new JsonException(where + " must be a JSON " + kindName(kind) + ", found " + tree);
    }
    return kind.cast(tree);
  }

  private static String kindName(Class<?> kind) {
    if (kind == Map.class) {
      return "object";
    }
    if (kind == List.class) {
      return "array";
    }
    return kind == BigInteger.class ? "number" : kind.getSimpleName().toLowerCase(Locale.ROOT);
  }
}
