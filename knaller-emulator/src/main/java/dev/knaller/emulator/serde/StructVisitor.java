package dev.knaller.emulator.serde;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The body of a derived {@code visit_map}: fields, unknown keys, duplicates, missing fields. */
final class StructVisitor {
  private final Deserializer deserializer;
  private final StructShape shape;
  private final Map<String, Object> fields = new LinkedHashMap<>();
  private final Set<String> seen = new HashSet<>();

  StructVisitor(Deserializer deserializer, StructShape shape) {
    this.deserializer = deserializer;
    this.shape = shape;
  }

  Map<String, Object> visit() throws SerdeException {
    for (String key = deserializer.nextKey(true); key != null; key = deserializer.nextKey(false)) {
      accept(key);
    }
    checkRequired();
    return fields;
  }

  private void accept(String key) throws SerdeException {
    var field = shape.field(key);
    if (field.isEmpty()) {
      skipUnknown(key);
      return;
    }
    if (!seen.add(key)) {
      throw SerdeException.custom("duplicate field `" + key + "`");
    }
    Object value = deserializer.fieldValue(field.get().shape());
    if (value != JsonNull.NULL) {
      fields.put(key, value);
    }
  }

  private void skipUnknown(String key) throws SerdeException {
    if (shape.denyUnknownFields()) {
      throw SerdeException.custom(Unexpected.unknownField(key, shape.fieldNames()));
    }
    deserializer.colon();
    deserializer.any();
  }

  private void checkRequired() throws SerdeException {
    for (var field : shape.fields()) {
      if (field.required() && !seen.contains(field.name())) {
        throw SerdeException.custom("missing field `" + field.name() + "`");
      }
    }
  }
}
