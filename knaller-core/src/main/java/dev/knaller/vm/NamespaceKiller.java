package dev.knaller.vm;

import dev.knaller.process.ProcessStopper;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Ends everything a VM runs: pasta's child, the shell running the launch script, is PID 1 of the
 * VM's PID namespace for the VM's whole life, so SIGKILL to it makes the kernel kill the whole
 * namespace (Firecracker and the watchdog with it), and pasta exits once its child is gone. Killing
 * pasta first would not do: its child would live on, orphaned. SIGKILL because a namespace init
 * ignores every other signal it has no handler for.
 */
final class NamespaceKiller {
  static final Duration EXIT_WAIT = Duration.ofSeconds(3);

  private NamespaceKiller() {}

  /**
   * Kills pasta's namespace and then pasta; returns once both are gone or the waits ran out. The
   * Firecracker serving the VM's socket is killed too even if pasta is gone already (its launch
   * shell was then re-parented and is no longer pasta's child).
   */
  static void kill(ProcessHandle pasta, VmLayout layout) throws InterruptedException {
    pasta.children().forEach(ProcessHandle::destroyForcibly);
    server(layout).ifPresent(ProcessHandle::destroyForcibly);
    if (!ProcessStopper.awaitExit(pasta, EXIT_WAIT)) {
      pasta.destroyForcibly();
      ProcessStopper.awaitExit(pasta, EXIT_WAIT);
    }
  }

  private static Optional<ProcessHandle> server(VmLayout layout) {
    try {
      return VmProcesses.read(layout.paths())
          .firecracker(layout.socket())
          .flatMap(info -> ProcessHandle.of(info.pid()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
