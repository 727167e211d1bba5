package dev.knaller.emulator;

/**
 * Firecracker is built with {@code panic = "abort"}: a failed {@code expect()} ends in SIGABRT. A
 * JVM cannot raise that on itself without risking a core dump, so the emulator halts with 134,
 * which is what a parent (shell or Java {@code Process}) reads for a SIGABRT death.
 */
final class Abort {
  static final int SIGABRT_STATUS = 134;

  private Abort() {}

  static StartupException panic(String message) {
    return new StartupException(
        SIGABRT_STATUS, "thread 'main' panicked: " + message + "\nAborted (core dumped)");
  }
}
