package dev.knaller.emulator.serde;

import java.util.List;

/** serde's error texts for unknown names and wrong types. */
final class Unexpected {
  private Unexpected() {}

  static String unknownField(String name, List<String> expected) {
    if (expected.isEmpty()) {
      return "unknown field `" + name + "`, there are no fields";
    }
    return "unknown field `" + name + "`, expected " + oneOf(expected);
  }

  static String unknownVariant(String name, List<String> expected) {
    if (expected.isEmpty()) {
      return "unknown variant `" + name + "`, there are no variants";
    }
    return "unknown variant `" + name + "`, expected " + oneOf(expected);
  }

  /** {@code `a`}, {@code `a` or `b`}, {@code one of `a`, `b`, `c`}. */
  static String oneOf(List<String> names) {
    return switch (names.size()) {
      case 1 -> quoted(names.get(0));
      case 2 -> quoted(names.get(0)) + " or " + quoted(names.get(1));
      default -> "one of " + String.join(", ", names.stream().map(Unexpected::quoted).toList());
    };
  }

  static String invalidType(String unexpected, Shape shape) {
    return "invalid type: " + unexpected + ", expected " + shape.expecting();
  }

  static String invalidValue(String unexpected, Shape shape) {
    return "invalid value: " + unexpected + ", expected " + shape.expecting();
  }

  static String string(String value) {
    return "string " + rustDebug(value);
  }

  /** Rust's {@code Debug} for {@code str}: quotes, escapes, {@code \\u{..}} for control chars. */
  static String rustDebug(String value) {
    var out = new StringBuilder("\"");
    value.codePoints().forEach(cp -> out.append(debugChar(cp)));
    return out.append('"').toString();
  }

  private static String debugChar(int cp) {
    return switch (cp) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case 0 -> "\\0";
      default ->
          Character.isISOControl(cp)
              ? "\\u{" + Integer.toHexString(cp) + "}"
              : Character.toString(cp);
    };
  }

  private static String quoted(String name) {
    return "`" + name + "`";
  }
}
