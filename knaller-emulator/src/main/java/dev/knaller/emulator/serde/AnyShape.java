package dev.knaller.emulator.serde;

/** A {@code serde_json::Value}: any well-formed JSON. */
public enum AnyShape implements Shape {
  VALUE;

  @Override
  public String expecting() {
    return "any valid JSON value";
  }
}
