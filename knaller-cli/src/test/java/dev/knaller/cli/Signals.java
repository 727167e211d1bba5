package dev.knaller.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Signal facts of this process, which the CLI processes it starts inherit. */
final class Signals {
  private static final int SIGINT = 2;

  private Signals() {}

  /**
   * Whether SIGINT is ignored here ({@code SigIgn} in /proc/self/status). The JVM then installs no
   * handler, so a SIGINT to a child JVM would do nothing.
   */
  static boolean sigintIgnored() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("SigIgn:")) {
        long mask = Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16);
        return (mask & (1L << (SIGINT - 1))) != 0;
      }
    }
    return false;
  }
}
