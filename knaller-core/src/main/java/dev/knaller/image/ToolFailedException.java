package dev.knaller.image;

import java.util.List;

/** An external tool (mmdebstrap, fakeroot, lz4, ssh-keygen, ...) exited with a failure status. */
public final class ToolFailedException extends ImageException {
  private static final long serialVersionUID = 1L;

  private final String step;
  private final String tool;
  private final int exitCode;
  private final List<String> outputTail;

  public ToolFailedException(String step, String tool, int exitCode, List<String> outputTail) {
    super(message(step, tool, exitCode, outputTail));
    this.step = step;
    this.tool = tool;
    this.exitCode = exitCode;
    this.outputTail = List.copyOf(outputTail);
  }

  private static String message(String step, String tool, int exitCode, List<String> tail) {
    String status = exitCode < 0 ? "was stopped after its time limit" : "exited " + exitCode;
    String output =
        tail.isEmpty() ? " with no output" : "; last output:\n  " + String.join("\n  ", tail);
    return step + " failed: " + tool + " " + status + output;
  }

  /** What the build was doing, e.g. "bootstrapping Debian". */
  public String step() {
    return step;
  }

  public String tool() {
    return tool;
  }

  /** The exit status, or -1 when the tool was killed for running past its time limit. */
  public int exitCode() {
    return exitCode;
  }

  public List<String> outputTail() {
    return outputTail;
  }
}
