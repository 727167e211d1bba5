package dev.knaller;

import dev.knaller.image.BuildProgress;
import dev.knaller.image.BuiltImage;
import java.nio.file.Path;
import java.util.List;

/**
 * Entry point of the high-level API: run, list and stop rootless Firecracker VMs in the default
 * data directory, {@code ${XDG_DATA_HOME:-$HOME/.local/share}/knaller}. {@link #at(Path)} gives the
 * same for another directory.
 *
 * <pre>{@code
 * try (Vm vm = Knaller.run(config)) {
 *   System.out.println("ssh port " + vm.sshHostPort() + ", guest " + vm.guestIp());
 *   vm.awaitExit();
 * }
 * }</pre>
 */
public final class Knaller {
  private Knaller() {}

  /** Returns the VMs of {@code dataDirectory}, for tests or applications with their own. */
  public static VmHost at(Path dataDirectory) {
    return VmHost.at(dataDirectory);
  }

  /** The default guest image, built first when missing; see {@link VmHost#ensureDefaultImage}. */
  public static BuiltImage ensureDefaultImage(BuildProgress progress)
      throws KnallerException, InterruptedException {
    return VmHost.standard().ensureDefaultImage(progress);
  }

  /**
   * Starts and boots a VM. On failure nothing of it is left running or on disk.
   *
   * @throws VmStartException naming the failed step, with the child's exit status and stderr
   */
  public static Vm run(VmConfig config) throws KnallerException, InterruptedException {
    return VmHost.standard().run(config);
  }

  /** Returns every VM, sorted by name; never hangs on a frozen VM. */
  public static List<VmInfo> list() throws KnallerException, InterruptedException {
    return VmHost.standard().list();
  }

  /**
   * Stops the VM named {@code name} and removes its socket and directory.
   *
   * @throws VmNotFoundException when there is no such VM
   */
  public static void stop(String name) throws KnallerException, InterruptedException {
    VmHost.standard().stop(name);
  }
}
