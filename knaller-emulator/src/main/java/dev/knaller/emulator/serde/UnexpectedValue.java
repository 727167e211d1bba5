package dev.knaller.emulator.serde;

/**
 * serde_json's {@code peek_invalid_type}: it consumes the offending value to name it in the error
 * ({@code string "2"}, {@code integer `256`}, {@code map}), which moves the error position.
 */
final class UnexpectedValue {
  private UnexpectedValue() {}

  static String consume(JsonCursor in) throws SerdeException {
    int peek = in.peek();
    return switch (peek) {
      case 'n' -> literal(in, "ull", "null");
      case 't' -> literal(in, "rue", "boolean `true`");
      case 'f' -> literal(in, "alse", "boolean `false`");
      case '-' -> {
        in.eat();
        yield in.number(false).unexpected();
      }
      case '"' -> {
        in.eat();
        yield Unexpected.string(in.string());
      }
      // Sequences and maps are named without being consumed.
      case '[' -> "sequence";
      case '{' -> "map";
      default -> {
        if (peek >= '0' && peek <= '9') {
          yield in.number(true).unexpected();
        }
        throw in.peekError(ErrorCode.EXPECTED_VALUE);
      }
    };
  }

  private static String literal(JsonCursor in, String rest, String text) throws SerdeException {
    in.eat();
    in.expectIdent(rest);
    return text;
  }
}
