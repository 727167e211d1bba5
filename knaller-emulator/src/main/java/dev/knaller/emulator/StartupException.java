package dev.knaller.emulator;

/** The process must exit before serving: the exit code and the line for stderr. */
final class StartupException extends Exception {
  private final int exitCode;

  StartupException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
