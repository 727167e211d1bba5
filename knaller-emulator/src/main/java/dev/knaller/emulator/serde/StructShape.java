package dev.knaller.emulator.serde;

import java.util.List;
import java.util.Optional;

/**
 * A Rust struct with derived {@code Deserialize}. Fields are in declaration order, which is the
 * order of serde's {@code expected one of} lists and of its missing-field checks.
 */
public record StructShape(String rustName, List<Field> fields, boolean denyUnknownFields)
    implements Shape {

  public static StructShape strict(String rustName, Field... fields) {
    return new StructShape(rustName, List.of(fields), true);
  }

  public static StructShape lenient(String rustName, Field... fields) {
    return new StructShape(rustName, List.of(fields), false);
  }

  Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  List<String> fieldNames() {
    return fields.stream().map(Field::name).toList();
  }

  @Override
  public String expecting() {
    return "struct " + rustName;
  }
}
