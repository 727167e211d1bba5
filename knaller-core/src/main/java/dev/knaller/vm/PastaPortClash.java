package dev.knaller.vm;

import java.util.Locale;

/**
 * Recognises pasta giving up because the forwarded SSH port is taken. pasta 2023+ prints {@code
 * Failed to bind any port for '-t 127.0.0.1/PORT:22', exiting} and exits 1 before it runs anything.
 */
final class PastaPortClash {
  private PastaPortClash() {}

  /** True when the stderr tail shows pasta failing to bind a forwarded port. */
  static boolean in(String stderrTail) {
    String text = stderrTail.toLowerCase(Locale.ROOT);
    return text.contains("failed to bind") && text.contains("-t ");
  }

  /** The failure after {@code attempts} ports were all taken by the time pasta tried them. */
  static StepException failure(int port, int attempts, StepException last) {
    return new StepException(
        "pasta could not bind 127.0.0.1:"
            + port
            + " for the SSH forward: the port is in use (taken after it was probed; "
            + attempts
            + " ports tried); start again, or free ports from "
            + port
            + " on",
        last.exitStatus(),
        last.stderrTail(),
        last);
  }
}
