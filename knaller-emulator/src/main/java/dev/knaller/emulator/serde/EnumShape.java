package dev.knaller.emulator.serde;

import java.util.List;

/** A Rust enum of unit variants, listed in declaration order (serde lists them that way). */
public record EnumShape(String rustName, List<String> variants) implements Shape {

  public static EnumShape of(String rustName, String... variants) {
    return new EnumShape(rustName, List.of(variants));
  }

  @Override
  public String expecting() {
    return "enum " + rustName;
  }
}
