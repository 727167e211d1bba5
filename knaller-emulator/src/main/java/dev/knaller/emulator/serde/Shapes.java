package dev.knaller.emulator.serde;

/** Short constructors for the body definitions. */
public final class Shapes {
  private Shapes() {}

  public static Field req(String name, Shape shape) {
    return Field.required(name, shape);
  }

  public static Field opt(String name, Shape shape) {
    return Field.optional(name, shape);
  }

  public static Field dflt(String name, Shape shape) {
    return Field.defaulted(name, shape);
  }

  public static SeqShape seq(Shape element) {
    return new SeqShape(element);
  }
}
