package dev.knaller.emulator.serde;

/** A Rust {@code Vec<T>}. */
public record SeqShape(Shape element) implements Shape {
  @Override
  public String expecting() {
    return "a sequence";
  }
}
