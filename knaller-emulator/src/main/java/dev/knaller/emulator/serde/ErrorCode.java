package dev.knaller.emulator.serde;

/** serde_json's fixed syntax error texts. */
final class ErrorCode {
  static final String EOF_LIST = "EOF while parsing a list";
  static final String EOF_OBJECT = "EOF while parsing an object";
  static final String EOF_STRING = "EOF while parsing a string";
  static final String EOF_VALUE = "EOF while parsing a value";
  static final String EXPECTED_COLON = "expected `:`";
  static final String EXPECTED_LIST_COMMA_OR_END = "expected `,` or `]`";
  static final String EXPECTED_OBJECT_COMMA_OR_END = "expected `,` or `}`";
  static final String EXPECTED_IDENT = "expected ident";
  static final String EXPECTED_VALUE = "expected value";
  static final String INVALID_ESCAPE = "invalid escape";
  static final String INVALID_NUMBER = "invalid number";
  static final String NUMBER_OUT_OF_RANGE = "number out of range";
  static final String INVALID_UNICODE = "invalid unicode code point";
  static final String CONTROL_CHARACTER =
      "control character (\\u0000-\\u001F) found while parsing a string";
  static final String KEY_MUST_BE_STRING = "key must be a string";
  static final String LONE_SURROGATE = "lone leading surrogate in hex escape";
  static final String UNEXPECTED_END_OF_HEX = "unexpected end of hex escape";
  static final String RECURSION_LIMIT = "recursion limit exceeded";
  static final String TRAILING_COMMA = "trailing comma";
  static final String TRAILING_CHARACTERS = "trailing characters";

  private ErrorCode() {}
}
