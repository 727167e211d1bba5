package dev.knaller.vm;

import dev.knaller.firecracker.FirecrackerException;
import dev.knaller.process.ProcessExit;
import dev.knaller.process.ProcessStopper;
import dev.knaller.process.StopOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Stops a VM's processes by escalation: Ctrl+Alt+Del (the guest reboots and, with {@code reboot=k},
 * Firecracker exits), a bounded grace period, then SIGTERM and SIGKILL to Firecracker; finally
 * pasta, which exits by itself once Firecracker is gone (the launch script exits with Firecracker's
 * status, ending the namespace). Always returns.
 */
final class VmShutdown {
  static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);
  private static final Duration TERM_GRACE = Duration.ofSeconds(2);
  private static final Duration KILL_GRACE = Duration.ofSeconds(3);
  private static final System.Logger LOG = System.getLogger(VmShutdown.class.getName());

  private VmShutdown() {}

  /** Stops {@code firecracker} (serving the VM's socket) and then {@code pasta}, if given. */
  static void stop(
      VmLayout layout, ProcessHandle firecracker, Optional<ProcessHandle> pasta, Duration grace)
      throws InterruptedException {
    String name = layout.name().value();
    String how = stopFirecracker(name, layout.socket(), firecracker, grace);
    if (pasta.isPresent() && !ProcessStopper.awaitExit(pasta.get(), NamespaceKiller.EXIT_WAIT)) {
      NamespaceKiller.kill(pasta.get(), layout);
    }
    LOG.log(System.Logger.Level.INFO, "vm {0}: stopped ({1})", name, how);
  }

  // Returns how Firecracker ended, for the log.
  private static String stopFirecracker(
      String name, Path socket, ProcessHandle firecracker, Duration grace)
      throws InterruptedException {
    if (ProcessExit.hasEnded(firecracker)) {
      return "it had already exited";
    }
    if (requestReboot(name, socket)) {
      if (ProcessStopper.awaitExit(firecracker, grace)) {
        return "exited after Ctrl+Alt+Del";
      }
      LOG.log(System.Logger.Level.INFO, "vm {0}: no exit within {1} of Ctrl+Alt+Del", name, grace);
    }
    // Firecracker is the launch shell's child, not PID 1, so SIGTERM ends it unless it handles
    // the signal (Firecracker has no handler for it); SIGKILL follows.
    StopOutcome outcome = ProcessStopper.stop(firecracker, TERM_GRACE, KILL_GRACE);
    return switch (outcome) {
      case ALREADY_EXITED -> "exited late after Ctrl+Alt+Del";
      case TERMINATED -> "exited on SIGTERM";
      case KILLED -> "killed with SIGKILL";
      case STILL_RUNNING -> "still there after SIGKILL (uninterruptible sleep?)";
    };
  }

  // Returns whether Firecracker took the request. A guest that is not booted, or an API that
  // does not answer (a frozen process), will not exit by itself: no grace is waited for then.
  private static boolean requestReboot(String name, Path socket) {
    try {
      FirecrackerCalls.sendCtrlAltDel(socket);
      return true;
    } catch (FirecrackerException e) {
      LOG.log(System.Logger.Level.DEBUG, "vm {0}: Ctrl+Alt+Del failed: {1}", name, e);
      return false;
    }
  }
}
