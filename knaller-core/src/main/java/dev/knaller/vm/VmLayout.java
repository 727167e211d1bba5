package dev.knaller.vm;

import dev.knaller.KnallerPaths;
import dev.knaller.VmName;
import dev.knaller.network.pasta.LaunchScript;
import java.nio.file.Path;

/**
 * Where one VM's files live: its API socket, its directory (rootfs copy, launch script, console
 * log) and the lock file that claims its name during a start.
 */
record VmLayout(KnallerPaths paths, VmName name) {
  Path socket() {
    return paths.socketPath(name);
  }

  Path vmDirectory() {
    return paths.vmDirectory(name);
  }

  /** Beside the VM directory, not in it: it must exist before the directory does. */
  Path claimFile() {
    return paths.vmsDirectory().resolve(name.value() + ".lock");
  }

  Path rootfsCopy() {
    return paths.rootfsCopy(name);
  }

  Path launchScript() {
    return vmDirectory().resolve(LaunchScript.FILE_NAME);
  }

  Path consoleLog() {
    return paths.consoleLog(name);
  }
}
