package dev.knaller.vm;

import dev.knaller.network.pasta.LaunchScript;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a dead child's exit status and stderr into a reason a user can act on. The child is pasta,
 * which runs the launch script, which runs Firecracker; the stderr tells which of them gave up.
 */
final class ChildDiagnosis {
  private ChildDiagnosis() {}

  /** Explains a child that exited before the API socket accepted connections. */
  static String beforeApi(Path socket, OptionalInt exitStatus, String stderrTail) {
    String status = exitStatus.isPresent() ? "status " + exitStatus.getAsInt() : "unknown status";
    Optional<String> scriptStep = LaunchScript.failedStep(stderrTail.lines().toList());
    if (scriptStep.isPresent()) {
      return "the launch script in pasta's namespace failed at '"
          + scriptStep.get()
          + "' (exit "
          + status
          + ")"
          + hint(stderrTail);
    }
    return "pasta or Firecracker exited with "
        + status
        + " before the API socket "
        + socket
        + " accepted connections"
        + hint(stderrTail);
  }

  /**
   * Explains a failed API call (InstanceStart, say) of a Firecracker that may be dying: the fault
   * text and the stderr tail both may name /dev/kvm.
   */
  static String apiFailure(String faultMessage, String stderrTail) {
    return faultMessage + kvmHint(faultMessage + "\n" + stderrTail);
  }

  // Firecracker opens /dev/kvm at launch and again per vCPU at InstanceStart; EACCES there is
  // printed as "Permission denied (os error 13)" next to the device name.
  private static String kvmHint(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    boolean denied = lower.contains("os error 13") || lower.contains("permission denied");
    if (lower.contains("/dev/kvm") || (lower.contains("kvm") && denied)) {
      return "; check read/write access to /dev/kvm (add the user to the kvm group or grant an"
          + " ACL)";
    }
    return "";
  }

  // Known causes, matched on the text the tools print for them.
  private static String hint(String stderrTail) {
    String text = stderrTail.toLowerCase(java.util.Locale.ROOT);
    String kvm = kvmHint(stderrTail);
    if (!kvm.isEmpty()) {
      return kvm;
    }
    if (text.contains("address already in use") || text.contains("failed to bind")) {
      return "; a port or the socket is already in use: stop what holds it or use another name";
    }
    if (text.contains("nft") && (text.contains("not found") || text.contains("no such file"))) {
      return "; install nftables (apt install nftables)";
    }
    return "";
  }
}
