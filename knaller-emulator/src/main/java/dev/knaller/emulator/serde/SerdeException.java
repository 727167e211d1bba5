package dev.knaller.emulator.serde;

/**
 * A deserialization failure worded as serde_json words it.
 *
 * <p>serde_json attaches a position only once: custom errors (missing field, unknown field) are
 * created without one and get the reader's position of the innermost deserializer call that sees
 * them. {@link #fixPosition} reproduces that rule.
 */
public final class SerdeException extends Exception {
  private final String detail;
  private int line;
  private int column;

  private SerdeException(String detail, int line, int column) {
    super(detail, null, false, false);
    this.detail = detail;
    this.line = line;
    this.column = column;
  }

  /** An error that serde_json positions at once (syntax errors). */
  static SerdeException at(String detail, TextPosition position) {
    return new SerdeException(detail, position.line(), position.column());
  }

  /** An error raised by a visitor, still without a position. */
  static SerdeException custom(String detail) {
    return new SerdeException(detail, 0, 0);
  }

  SerdeException fixPosition(TextPosition position) {
    if (line == 0) {
      line = position.line();
      column = position.column();
    }
    return this;
  }

  /**
   * The text serde_json's {@code Display} gives, e.g. {@code missing field `a` at line 1 column 9}.
   */
  public String serdeMessage() {
    return line == 0 ? detail : detail + " at line " + line + " column " + column;
  }

  @Override
  public String getMessage() {
    return serdeMessage();
  }
}
