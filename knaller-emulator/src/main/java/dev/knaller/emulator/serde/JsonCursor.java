package dev.knaller.emulator.serde;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A byte cursor over a request body with serde_json's {@code SliceRead} position rules: {@link
 * #position()} counts the bytes consumed so far, {@link #peekPosition()} includes the next one.
 */
final class JsonCursor {
  private static final int EOF = -1;
  private final byte[] input;
  private int index;

  JsonCursor(byte[] input) {
    this.input = input;
  }

  int peek() {
    return index < input.length ? input[index] & 0xff : EOF;
  }

  void eat() {
    index++;
  }

  int next() {
    int b = peek();
    if (b != EOF) {
      index++;
    }
    return b;
  }

  /** Skips JSON whitespace and returns the next byte without consuming it. */
  int skipWhitespace() {
    while (true) {
      int b = peek();
      if (b != ' ' && b != '\n' && b != '\t' && b != '\r') {
        return b;
      }
      index++;
    }
  }

  TextPosition position() {
    return TextPosition.of(input, index);
  }

  TextPosition peekPosition() {
    return TextPosition.of(input, Math.min(index + 1, input.length));
  }

  SerdeException error(String code) {
    return SerdeException.at(code, position());
  }

  SerdeException peekError(String code) {
    return SerdeException.at(code, peekPosition());
  }

  /** Consumes the rest of a literal such as the {@code ull} of {@code null}. */
  void expectIdent(String rest) throws SerdeException {
    for (int i = 0; i < rest.length(); i++) {
      int b = next();
      if (b == EOF) {
        throw error(ErrorCode.EOF_VALUE);
      }
      if (b != rest.charAt(i)) {
        throw error(ErrorCode.EXPECTED_IDENT);
      }
    }
  }

  /** Reads a string whose opening quote has been consumed. */
  String string() throws SerdeException {
    var bytes = new ByteArrayOutputStream();
    while (true) {
      if (index == input.length) {
        throw error(ErrorCode.EOF_STRING);
      }
      int b = input[index++] & 0xff;
      if (b == '"') {
        return utf8(bytes.toByteArray());
      }
      if (b == '\\') {
        escape(bytes);
      } else if (b < 0x20) {
        throw error(ErrorCode.CONTROL_CHARACTER);
      } else {
        bytes.write(b);
      }
    }
  }

  private String utf8(byte[] bytes) throws SerdeException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw error(ErrorCode.INVALID_UNICODE);
    }
  }

  private void escape(ByteArrayOutputStream out) throws SerdeException {
    int b = next();
    switch (b) {
      case EOF -> throw error(ErrorCode.EOF_STRING);
      case '"', '\\', '/' -> out.write(b);
      case 'b' -> out.write('\b');
      case 'f' -> out.write('\f');
      case 'n' -> out.write('\n');
      case 'r' -> out.write('\r');
      case 't' -> out.write('\t');
      case 'u' -> unicodeEscape(out);
      default -> throw error(ErrorCode.INVALID_ESCAPE);
    }
  }

  private void unicodeEscape(ByteArrayOutputStream out) throws SerdeException {
    int unit = hex4();
    int codePoint = unit;
    if (Character.isHighSurrogate((char) unit)) {
      if (next() != '\\' || next() != 'u') {
        throw error(ErrorCode.LONE_SURROGATE);
      }
      int low = hex4();
      if (!Character.isLowSurrogate((char) low)) {
        throw error(ErrorCode.LONE_SURROGATE);
      }
      codePoint = Character.toCodePoint((char) unit, (char) low);
    } else if (Character.isLowSurrogate((char) unit)) {
      throw error(ErrorCode.LONE_SURROGATE);
    }
    out.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
  }

  private int hex4() throws SerdeException {
    if (input.length - index < 4) {
      index = input.length;
      throw error(ErrorCode.EOF_STRING);
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(input[index++], 16);
      if (digit < 0) {
        throw error(ErrorCode.INVALID_ESCAPE);
      }
      value = value * 16 + digit;
    }
    return value;
  }

  /** Reads a number; the leading {@code -} of a negative one has been consumed. */
  ParsedNumber number(boolean positive) throws SerdeException {
    int start = index;
    integerDigits();
    boolean integral = true;
    if (peek() == '.') {
      integral = false;
      eat();
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      integral = false;
      exponent();
    }
    String text = new String(input, start, index - start, StandardCharsets.US_ASCII);
    return integral ? ParsedNumber.integer(positive, text) : real(positive, text);
  }

  private ParsedNumber real(boolean positive, String text) throws SerdeException {
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value)) {
      throw error(ErrorCode.NUMBER_OUT_OF_RANGE);
    }
    return ParsedNumber.real(positive ? value : -value);
  }

  private void integerDigits() throws SerdeException {
    int first = next();
    if (first == EOF) {
      throw error(ErrorCode.EOF_VALUE);
    }
    if (first == '0') {
      if (isDigit(peek())) {
        throw peekError(ErrorCode.INVALID_NUMBER);
      }
      return;
    }
    if (!isDigit(first)) {
      throw error(ErrorCode.INVALID_NUMBER);
    }
    while (isDigit(peek())) {
      eat();
    }
  }

  private void digits() throws SerdeException {
    if (!isDigit(peek())) {
      throw peek() == EOF ? peekError(ErrorCode.EOF_VALUE) : peekError(ErrorCode.INVALID_NUMBER);
    }
    while (isDigit(peek())) {
      eat();
    }
  }

  private void exponent() throws SerdeException {
    eat();
    if (peek() == '+' || peek() == '-') {
      eat();
    }
    int b = next();
    if (b == EOF) {
      throw error(ErrorCode.EOF_VALUE);
    }
    if (!isDigit(b)) {
      throw error(ErrorCode.INVALID_NUMBER);
    }
    while (isDigit(peek())) {
      eat();
    }
  }

  private static boolean isDigit(int b) {
    return b >= '0' && b <= '9';
  }
}
