package dev.knaller.firecracker;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON tree against a swagger 2.0 schema: required properties, no unknown properties
 * (unless {@code additionalProperties}), types, enum values and integer bounds.
 */
final class SchemaValidator {
  private final SwaggerSpec spec;
  private final List<String> errors = new ArrayList<>();

  private SchemaValidator(SwaggerSpec spec) {
    this.spec = spec;
  }

  /** Returns every violation, each naming where in the tree it is. */
  static List<String> validate(SwaggerSpec spec, Object tree, Map<String, Object> schema) {
    SchemaValidator validator = new SchemaValidator(spec);
    validator.check(tree, schema, "$");
    return validator.errors;
  }

  private void check(Object value, Map<String, Object> schema, String where) {
    if (schema.get("$ref") instanceof String ref) {
      check(value, spec.definition(ref.substring(ref.lastIndexOf('/') + 1)), where);
      return;
    }
    Object type = schema.getOrDefault("type", schema.containsKey("properties") ? "object" : null);
    switch (String.valueOf(type)) {
      case "object" -> checkObject(value, schema, where);
      case "array" -> checkArray(value, schema, where);
      case "string" -> checkString(value, schema, where);
      case "integer" -> checkInteger(value, schema, where);
      case "boolean" -> expect(value instanceof Boolean, where, "a boolean", value);
      default -> errors.add(where + ": schema without a known type: " + schema);
    }
  }

  private void checkObject(Object value, Map<String, Object> schema, String where) {
    if (!expect(value instanceof Map, where, "an object", value)) {
      return;
    }
    Map<?, ?> object = (Map<?, ?>) value;
    Map<String, Object> properties =
        schema.containsKey("properties") ? SwaggerSpec.map(schema.get("properties")) : Map.of();
    for (Object required : (List<?>) schema.getOrDefault("required", List.of())) {
      if (!object.containsKey(required)) {
        errors.add(where + ": required property " + required + " is missing");
      }
    }
    boolean open = Boolean.TRUE.equals(schema.get("additionalProperties"));
    for (Map.Entry<?, ?> entry : object.entrySet()) {
      String key = where + "." + entry.getKey();
      if (properties.containsKey(entry.getKey())) {
        check(entry.getValue(), SwaggerSpec.map(properties.get(entry.getKey())), key);
      } else if (!open) {
        errors.add(key + ": not a property of the schema");
      }
    }
  }

  private void checkArray(Object value, Map<String, Object> schema, String where) {
    if (expect(value instanceof List, where, "an array", value)) {
      List<?> items = (List<?>) value;
      for (int i = 0; i < items.size(); i++) {
        check(items.get(i), SwaggerSpec.map(schema.get("items")), where + "[" + i + "]");
      }
    }
  }

  private void checkString(Object value, Map<String, Object> schema, String where) {
    if (expect(value instanceof String, where, "a string", value)
        && schema.get("enum") instanceof List<?> allowed
        && !allowed.stream().map(String::valueOf).toList().contains(value)) {
      errors.add(where + ": \"" + value + "\" is not one of " + allowed);
    }
  }

  private void checkInteger(Object value, Map<String, Object> schema, String where) {
    boolean integral =
        value instanceof Long || value instanceof Integer || value instanceof BigInteger;
    if (!expect(integral, where, "an integer", value)) {
      return;
    }
    long number = ((Number) value).longValue();
    if (schema.get("minimum") instanceof Number min && number < min.longValue()) {
      errors.add(where + ": " + number + " is below the minimum " + min);
    }
    if (schema.get("maximum") instanceof Number max && number > max.longValue()) {
      errors.add(where + ": " + number + " is above the maximum " + max);
    }
  }

  private boolean expect(boolean ok, String where, String what, Object value) {
    if (!ok) {
      errors.add(where + ": expected " + what + ", found " + value);
    }
    return ok;
  }
}
