package dev.knaller.cli.args;

/** The words on the command line do not fit the command's syntax; the message says how. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
