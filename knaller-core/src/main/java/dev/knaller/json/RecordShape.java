package dev.knaller.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the binder needs of one record class, worked out once: components, wire names, value types
 * and the canonical constructor.
 *
 * <p>Written with plain loops: the CLI is short-lived, and the first lambda, stream or pattern
 * switch in a JVM costs milliseconds of bootstrap.
 */
final class RecordShape {
  private static final Map<Class<?>, RecordShape> SHAPES = new ConcurrentHashMap<>();

  private final Class<?> type;
  private final RecordComponent[] components;
  private final String[] wireNames;
  private final Type[] valueTypes;
  private final Constructor<?> constructor;

  private RecordShape(Class<?> type) {
    this.type = type;
    this.components = type.getRecordComponents();
    this.wireNames = new String[components.length];
    this.valueTypes = new Type[components.length];
    Class<?>[] rawTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      wireNames[i] = WireNames.of(components[i]);
      rawTypes[i] = components[i].getType();
      valueTypes[i] = valueType(components[i]);
    }
    this.constructor = canonicalConstructor(type, rawTypes);
  }

  static RecordShape of(Class<?> type) {
    RecordShape shape = SHAPES.get(type);
    if (shape == null) {
      shape = new RecordShape(type);
      SHAPES.put(type, shape);
    }
    return shape;
  }

  int size() {
    return components.length;
  }

  String wireName(int index) {
    return wireNames[index];
  }

  Type valueType(int index) {
    return valueTypes[index];
  }

  Object read(Record record, int index) {
    try {
      return components[index].getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException ex) {
      throw new JsonException(
          "cannot read " + type.getSimpleName() + "." + components[index].getName(), ex);
    }
  }

  Object construct(Object[] arguments, String where) {
    try {
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException ex) {
      throw new JsonException(where + ": " + ex.getCause().getMessage(), ex.getCause());
    } catch (ReflectiveOperationException ex) {
      throw new JsonException(where + ": cannot construct " + type.getName(), ex);
    }
  }

  /** The generic type only where it matters: parsing generic signatures is not free. */
  private static Type valueType(RecordComponent component) {
    Class<?> raw = component.getType();
    return raw == List.class || raw == Map.class ? component.getGenericType() : raw;
  }

  private static Constructor<?> canonicalConstructor(Class<?> type, Class<?>[] rawTypes) {
    try {
      return type.getDeclaredConstructor(rawTypes);
    } catch (NoSuchMethodException impossible) {
      throw new IllegalStateException("a record always has its canonical constructor", impossible);
    }
  }
}
