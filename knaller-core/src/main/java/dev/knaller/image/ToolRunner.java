package dev.knaller.image;

import java.util.function.Consumer;

/** Runs external tools; replaced in tests to check the exact argv without running anything. */
@FunctionalInterface
public interface ToolRunner {
  /**
   * Runs the command to completion, passing each output line to {@code lines}.
   *
   * @throws ToolFailedException when it exits non-zero or outlives its timeout
   * @throws ImageException when it cannot be started (not installed)
   */
  void run(ToolCommand command, Consumer<String> lines) throws ImageException, InterruptedException;
}
