package dev.knaller.vm;

import java.util.OptionalInt;

/**
 * A start step failed for a reason it can state, possibly because a child process died: then the
 * child's exit status and stderr tail come along for the error message.
 */
final class StepException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient OptionalInt exitStatus;
  private final String stderrTail;

  StepException(String reason) {
    this(reason, OptionalInt.empty(), "", null);
  }

  StepException(String reason, Throwable cause) {
    this(reason, OptionalInt.empty(), "", cause);
  }

  StepException(String reason, OptionalInt exitStatus, String stderrTail, Throwable cause) {
    super(reason, cause);
    this.exitStatus = exitStatus;
    this.stderrTail = stderrTail;
  }

  OptionalInt exitStatus() {
    return exitStatus == null ? OptionalInt.empty() : exitStatus;
  }

  String stderrTail() {
    return stderrTail;
  }
}
