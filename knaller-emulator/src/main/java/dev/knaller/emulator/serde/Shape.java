package dev.knaller.emulator.serde;

/** The Rust type a JSON value is deserialized into, as far as serde's behaviour depends on it. */
public sealed interface Shape
    permits Primitive, EnumShape, StructShape, SeqShape, OptionShape, AnyShape {

  /** serde's "expected ..." text, e.g. {@code u8}, {@code a string}, {@code struct Vm}. */
  String expecting();
}
