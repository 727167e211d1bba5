package dev.knaller.emulator.serde;

import java.util.List;
import java.util.Map;

/**
 * Writes compact JSON as serde_json does: no spaces, {@code \\uXXXX} in lower-case hex for control
 * characters, non-ASCII text as is. Values are maps, lists, strings, numbers, booleans, {@link
 * JsonNull#NULL} (or Java null).
 */
public final class JsonWriter {
  private JsonWriter() {}

  public static String write(Object value) {
    var out = new StringBuilder();
    append(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    switch (value) {
      case null -> out.append("null");
      case JsonNull n -> out.append("null");
      case String s -> appendString(out, s);
      case Double d -> out.append(ParsedNumber.ryu(d));
      case Number n -> out.append(n);
      case Boolean b -> out.append(b);
      case Map<?, ?> m -> appendMap(out, m);
      case List<?> l -> appendList(out, l);
      default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  private static void appendMap(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    boolean first = true;
    for (var entry : map.entrySet()) {
      out.append(first ? "" : ",");
      first = false;
      appendString(out, entry.getKey().toString());
      out.append(':');
      append(out, entry.getValue());
    }
    out.append('}');
  }

  private static void appendList(StringBuilder out, List<?> list) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      out.append(i == 0 ? "" : ",");
      append(out, list.get(i));
    }
    out.append(']');
  }

  /** A JSON string literal with serde_json's escapes. */
  public static void appendString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      out.append(escape(text.charAt(i)));
    }
    out.append('"');
  }

  private static String escape(char c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    };
  }
}
