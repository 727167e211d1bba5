package dev.knaller.json;

import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree as compact text: no spaces, keys in map order.
 *
 * <p>A tree is built from {@link Map} (string keys), {@link List}, {@link String}, {@link Number},
 * {@link Boolean} and {@code null}.
 */
public final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonWriter() {}

  /** Returns the compact JSON text of {@code tree}. */
  public static String write(Object tree) {
    StringBuilder out = new StringBuilder(128);
    append(out, tree);
    return out.toString();
  }

  // instanceof, not a pattern switch: its bootstrap costs a cold CLI start milliseconds.
  private static void append(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      appendString(out, text);
    } else if (value instanceof Boolean flag) {
      out.append(flag.booleanValue());
    } else if (value instanceof Number number) {
      appendNumber(out, number);
    } else if (value instanceof Map<?, ?> map) {
      appendObject(out, map);
    } else if (value instanceof List<?> list) {
      appendArray(out, list);
    } else {
      throw new JsonException("not a JSON tree value: " + value.getClass().getName());
    }
  }

  private static void appendObject(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    String separator = "";
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new JsonException("JSON object keys must be strings, found " + entry.getKey());
      }
      out.append(separator);
      appendString(out, key);
      out.append(':');
      append(out, entry.getValue());
      separator = ",";
    }
    out.append('}');
  }

  private static void appendArray(StringBuilder out, List<?> list) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      append(out, list.get(i));
    }
    out.append(']');
  }

  private static void appendNumber(StringBuilder out, Number number) {
    if (number instanceof Double || number instanceof Float) {
      double value = number.doubleValue();
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        throw new JsonException("JSON has no representation for " + value);
      }
    }
    out.append(number);
  }

  private static void appendString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      appendChar(out, text, i);
    }
    out.append('"');
  }

  private static void appendChar(StringBuilder out, String text, int index) {
    char c = text.charAt(index);
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      default -> {
        // A lone surrogate has no UTF-8 form: the encoder would turn it into '?'. The escape keeps
        // the exact string.
        if (c < 0x20 || isLoneSurrogate(text, index)) {
          appendEscape(out, c);
        } else {
          out.append(c);
        }
      }
    }
  }

  private static boolean isLoneSurrogate(String text, int index) {
    char c = text.charAt(index);
    if (Character.isHighSurrogate(c)) {
      return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
    }
    return false;
  }

  private static void appendEscape(StringBuilder out, char c) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xf])
        .append(HEX[(c >> 8) & 0xf])
        .append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }
}
