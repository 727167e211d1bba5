package dev.knaller.process;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Runs a short command to completion and captures its output. The seam tests replace with a test
 * double, so parsers of tool output can be fed exact strings.
 */
@FunctionalInterface
public interface CommandRunner {
  /**
   * Runs {@code argv} and waits at most {@code timeout}.
   *
   * @throws IOException when the program cannot be started, or it did not finish in time (it is
   *     then killed)
   */
  CommandResult run(List<String> argv, Duration timeout) throws IOException, InterruptedException;

  /** Returns the runner that starts real processes. */
  static CommandRunner system() {
    return new ProcessCommandRunner();
  }
}
