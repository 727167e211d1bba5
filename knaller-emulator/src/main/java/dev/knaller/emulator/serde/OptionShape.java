package dev.knaller.emulator.serde;

/** A Rust {@code Option<T>}: {@code null} or absent means None. */
public record OptionShape(Shape inner) implements Shape {
  @Override
  public String expecting() {
    return "option";
  }
}
