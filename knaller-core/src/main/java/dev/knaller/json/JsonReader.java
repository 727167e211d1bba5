package dev.knaller.json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON text (RFC 8259) into a tree of {@link Map}, {@link List}, {@link String}, {@link
 * Number}, {@link Boolean} and {@code null}.
 *
 * <p>Integers become {@link Long}, or {@link BigInteger} past the long range; numbers with a
 * fraction or exponent become {@link Double}. Objects keep their key order.
 */
public final class JsonReader {
  private static final int MAX_DEPTH = 256;

  private final String text;
  private int position;
  private int depth;

  private JsonReader(String text) {
    this.text = text;
  }

  /** Parses one JSON value that fills all of {@code text} (whitespace aside). */
  public static Object parse(String text) {
    JsonReader reader = new JsonReader(text);
    Object value = reader.readValue();
    reader.skipWhitespace();
    if (reader.position < text.length()) {
      throw reader.error("trailing characters");
    }
    return value;
  }

  private Object readValue() {
    skipWhitespace();
    char c = peek();
    return switch (c) {
      case '{' -> readObject();
      case '[' -> readArray();
      case '"' -> readString();
      case 't' -> readLiteral("true", true);
      case 'f' -> readLiteral("false", false);
      case 'n' -> readLiteral("null", null);
      default -> {
        if (c == '-' || isDigit(c)) {
          yield readNumber();
        }
        throw error("expected a value");
      }
    };
  }

  private Map<String, Object> readObject() {
    enter();
    position++;
    Map<String, Object> object = new LinkedHashMap<>();
    skipWhitespace();
    if (tryConsume('}')) {
      return leave(object);
    }
    do {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a string key");
      }
      String key = readString();
      skipWhitespace();
      expect(':');
      object.put(key, readValue());
      skipWhitespace();
    } while (tryConsume(','));
    expect('}');
    return leave(object);
  }

  private List<Object> readArray() {
    enter();
    position++;
    List<Object> array = new ArrayList<>();
    skipWhitespace();
    if (tryConsume(']')) {
      return leave(array);
    }
    do {
      array.add(readValue());
      skipWhitespace();
    } while (tryConsume(','));
    expect(']');
    return leave(array);
  }

  private String readString() {
    position++;
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = next("an unterminated string");
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        position--;
        throw error("control character in a string");
      }
      out.append(c == '\\' ? readEscape() : c);
    }
  }

  private char readEscape() {
    char c = next("an unterminated escape");
    return switch (c) {
      case '"', '\\', '/' -> c;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> readUnicodeEscape();
      default -> throw error("invalid escape \\" + c);
    };
  }

  private char readUnicodeEscape() {
    if (position + 4 > text.length()) {
      throw error("truncated \\u escape");
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(position++), 16);
      if (digit < 0) {
        throw error("invalid hex digit in \\u escape");
      }
      value = value * 16 + digit;
    }
    return (char) value;
  }

  private Number readNumber() {
    int start = position;
    tryConsume('-');
    if (!tryConsume('0')) {
      digits();
    }
    boolean integral = true;
    if (tryConsume('.')) {
      integral = false;
      digits();
    }
    if (tryConsume('e') || tryConsume('E')) {
      integral = false;
      if (!tryConsume('+')) {
        tryConsume('-');
      }
      digits();
    }
    String number = text.substring(start, position);
    return integral ? integer(number) : Double.valueOf(number);
  }

  private static Number integer(String number) {
    BigInteger value = new BigInteger(number);
    return value.bitLength() < 64 ? (Number) value.longValue() : value;
  }

  private void digits() {
    int start = position;
    while (position < text.length() && isDigit(text.charAt(position))) {
      position++;
    }
    if (position == start) {
      throw error("expected a digit");
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Object readLiteral(String literal, Object value) {
    if (!text.startsWith(literal, position)) {
      throw error("expected " + literal);
    }
    position += literal.length();
    return value;
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH);
    }
  }

  private <T> T leave(T value) {
    depth--;
    return value;
  }

  private void skipWhitespace() {
    while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
  }

  private char peek() {
    if (position >= text.length()) {
      throw error("unexpected end of input");
    }
    return text.charAt(position);
  }

  private char next(String what) {
    if (position >= text.length()) {
      throw error(what);
    }
    return text.charAt(position++);
  }

  private boolean tryConsume(char c) {
    if (position < text.length() && text.charAt(position) == c) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!tryConsume(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private JsonException error(String what) {
    return new JsonException(what + " at offset " + position + " of the JSON text");
  }
}
