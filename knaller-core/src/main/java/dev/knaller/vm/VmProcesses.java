package dev.knaller.vm;

import dev.knaller.KnallerPaths;
import dev.knaller.network.pasta.LaunchScript;
import dev.knaller.network.pasta.PastaArgv;
import dev.knaller.process.ProcessInfo;
import dev.knaller.process.ProcessTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A VM's processes in one scan of the process table. Three processes carry {@code --api-sock
 * SOCKET}: pasta, the shell running the VM's launch script (with its forked watchdog), which stays
 * alive beside Firecracker, and Firecracker itself. Only Firecracker is the VM's server; the other
 * two are told apart by their argv, so {@code stop} never signals the shell in Firecracker's place
 * and {@code list} never takes a shell outliving Firecracker for a live VM. pasta is Firecracker's
 * nearest pasta ancestor (its grandparent, the shell in between).
 */
final class VmProcesses {
  private final KnallerPaths paths;
  private final ProcessTable table;

  VmProcesses(KnallerPaths paths, ProcessTable table) {
    this.paths = paths;
    this.table = table;
  }

  /** Scans this system's {@code /proc}. */
  static VmProcesses read(KnallerPaths paths) throws IOException {
    return new VmProcesses(paths, ProcessTable.read());
  }

  ProcessTable table() {
    return table;
  }

  /** Returns the Firecracker serving each socket that has one. */
  Map<Path, ProcessInfo> firecrackers(Collection<Path> sockets) {
    return table.apiServers(sockets, this::isLauncher);
  }

  Optional<ProcessInfo> firecracker(Path socket) {
    return table.apiServer(socket, this::isLauncher);
  }

  /** Returns the pasta that runs {@code firecracker}'s namespace, if it is still there. */
  Optional<ProcessInfo> pasta(ProcessInfo firecracker) {
    return table.nearestAncestor(firecracker, process -> PastaArgv.isPasta(process.argv()));
  }

  /**
   * True when {@code argv} is pasta's, or the launch shell's of the VM that owns {@code socket}.
   */
  boolean isLauncher(Path socket, List<String> argv) {
    if (PastaArgv.isPasta(argv)) {
      return true;
    }
    return paths
        .nameOfSocket(socket)
        .map(name -> new VmLayout(paths, name).launchScript())
        .map(script -> LaunchScript.isRunBy(argv, script))
        .orElse(false);
  }
}
