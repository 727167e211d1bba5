package dev.knaller.vm;

import dev.knaller.process.ProcessStopper;
import dev.knaller.process.ProcessTable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Ends everything a VM runs: pasta's child is PID 1 of the VM's PID namespace (the launch script,
 * later Firecracker), so SIGKILL to it makes the kernel kill the whole namespace, and pasta exits
 * once its child is gone. Killing pasta first would not do: its child would live on, orphaned.
 * SIGKILL because a namespace init ignores every other signal it has no handler for.
 */
final class NamespaceKiller {
  static final Duration EXIT_WAIT = Duration.ofSeconds(3);

  private NamespaceKiller() {}

  /**
   * Kills pasta's namespace and then pasta; returns once both are gone or the waits ran out. The
   * Firecracker serving {@code socket} is killed too even if it is no longer pasta's child (pasta
   * died first and it was re-parented).
   */
  static void kill(ProcessHandle pasta, Path socket) throws InterruptedException {
    pasta.children().forEach(ProcessHandle::destroyForcibly);
    server(socket).ifPresent(ProcessHandle::destroyForcibly);
    if (!ProcessStopper.awaitExit(pasta, EXIT_WAIT)) {
      pasta.destroyForcibly();
      ProcessStopper.awaitExit(pasta, EXIT_WAIT);
    }
  }

  private static Optional<ProcessHandle> server(Path socket) {
    try {
      return ProcessTable.read().apiServer(socket).flatMap(info -> ProcessHandle.of(info.pid()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
