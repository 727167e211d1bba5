package dev.knaller.emulator.serde;

/**
 * One struct field. {@code required} is a plain Rust field with no {@code #[serde(default)]}: its
 * absence is {@code missing field}. A non-required field may be absent; whether {@code null} is
 * accepted depends on the shape being an {@link OptionShape}.
 */
public record Field(String name, Shape shape, boolean required) {

  public static Field required(String name, Shape shape) {
    return new Field(name, shape, true);
  }

  /** A field with {@code #[serde(default)]}: may be absent, but {@code null} is a type error. */
  public static Field defaulted(String name, Shape shape) {
    return new Field(name, shape, false);
  }

  /** An {@code Option<T>} field. */
  public static Field optional(String name, Shape shape) {
    return new Field(name, new OptionShape(shape), false);
  }
}
