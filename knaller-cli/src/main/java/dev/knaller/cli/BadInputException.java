package dev.knaller.cli;

/** The user's input is wrong in a way picocli cannot see (a malformed VM name, say): exit 2. */
final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
