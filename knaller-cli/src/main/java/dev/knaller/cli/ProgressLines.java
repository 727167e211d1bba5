package dev.knaller.cli;

import dev.knaller.image.BuildProgress;
import java.io.PrintStream;

/** Image build progress as lines on stderr: each step, and the tools' status lines if verbose. */
final class ProgressLines implements BuildProgress {
  private final PrintStream out;
  private final boolean verbose;

  ProgressLines(PrintStream out, boolean verbose) {
    this.out = out;
    this.verbose = verbose;
  }

  @Override
  public void step(String description) {
    out.println("knaller: " + description);
  }

  @Override
  public void detail(String line) {
    if (verbose) {
      out.println("  " + line);
    }
  }
}
