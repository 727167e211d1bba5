package dev.knaller;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A VM failed to start. Names the start step that failed and, when a child process (pasta, the
 * launch script or Firecracker) died, its exit status and the last lines of its stderr. By the time
 * this is thrown, everything the start had created is undone.
 */
public final class VmStartException extends KnallerException {
  private static final long serialVersionUID = 1L;

  private final String step;
  private final String vmName;
  private final transient OptionalInt exitStatus;
  private final String stderrTail;

  public VmStartException(
      String step,
      String vmName,
      String reason,
      OptionalInt exitStatus,
      String stderrTail,
      Throwable cause) {
    super(message(step, vmName, reason, exitStatus, stderrTail), cause);
    this.step = step;
    this.vmName = vmName;
    this.exitStatus = exitStatus;
    this.stderrTail = stderrTail;
  }

  /** The name of the failed step, for example {@code wait for the API socket}. */
  public String step() {
    return step;
  }

  public String vmName() {
    return vmName;
  }

  /** The exit status of the child that died, when one did. */
  public OptionalInt exitStatus() {
    return exitStatus == null ? OptionalInt.empty() : exitStatus;
  }

  /** The child's last stderr lines, when a child was involved and wrote any. */
  public Optional<String> stderrTail() {
    return stderrTail.isBlank() ? Optional.empty() : Optional.of(stderrTail);
  }

  private static String message(
      String step, String vmName, String reason, OptionalInt exitStatus, String stderrTail) {
    StringBuilder text = new StringBuilder("vm " + vmName + " failed to start at step '" + step);
    text.append("': ").append(reason);
    exitStatus.ifPresent(status -> text.append("\n  child exit status: ").append(status));
    if (!stderrTail.isBlank()) {
      text.append("\n  child stderr (last lines):\n");
      stderrTail.strip().lines().forEach(line -> text.append("    ").append(line).append('\n'));
    }
    return text.toString().stripTrailing();
  }
}
