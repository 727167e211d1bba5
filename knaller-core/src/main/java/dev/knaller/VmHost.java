package dev.knaller;

import dev.knaller.disk.FileProblem;
import dev.knaller.image.BuildProgress;
import dev.knaller.image.BuiltImage;
import dev.knaller.image.ImageBuilder;
import dev.knaller.vm.Timeouts;
import dev.knaller.vm.VmLauncher;
import dev.knaller.vm.VmLister;
import dev.knaller.vm.VmStopper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The VMs of one data directory: run, list and stop them, with the timeouts chosen here. {@link
 * Knaller} does the same for the default data directory; use this type for another one (tests,
 * embedding applications) or other timeouts.
 *
 * <p>There is no state file. A VM exists while its API socket {@code sockets/<name>.socket} exists
 * under the data directory and a process serves it, so {@link #list()} and {@link #stop(String)}
 * work from any process of the same user.
 */
public final class VmHost {
  private final KnallerPaths paths;
  private final Timeouts timeouts;

  private VmHost(KnallerPaths paths, Timeouts timeouts) {
    this.paths = paths;
    this.timeouts = timeouts;
  }

  /** The default data directory, {@code ${XDG_DATA_HOME:-$HOME/.local/share}/knaller}. */
  public static VmHost standard() {
    return new VmHost(KnallerPaths.fromEnvironment(), Timeouts.defaults());
  }

  /** The data directory {@code dataDirectory} instead of the default. */
  public static VmHost at(Path dataDirectory) {
    return new VmHost(new KnallerPaths(dataDirectory), Timeouts.defaults());
  }

  /** Returns a copy whose stops wait {@code grace} after Ctrl+Alt+Del before sending signals. */
  public VmHost withStopGrace(Duration grace) {
    return new VmHost(paths, timeouts.withStopGrace(grace));
  }

  /** Returns a copy whose starts wait at most {@code deadline} for the API socket. */
  public VmHost withApiDeadline(Duration deadline) {
    return new VmHost(paths, timeouts.withApiDeadline(deadline));
  }

  public Path dataDirectory() {
    return paths.dataDirectory();
  }

  /**
   * Returns this data directory's default guest image, building it first when it is missing or
   * incomplete (a few minutes: Debian through mmdebstrap), with progress lines to {@code progress}.
   * An image in place is used whatever recipe built it; {@code knaller image build} refreshes it.
   */
  public BuiltImage ensureDefaultImage(BuildProgress progress)
      throws KnallerException, InterruptedException {
    return ImageBuilder.forDataDirectory(paths.dataDirectory()).ensureDefaultImage(progress);
  }

  /**
   * Starts and boots a VM. On failure nothing of it is left running or on disk.
   *
   * @throws VmStartException naming the failed step, with the child's exit status and stderr
   */
  public Vm run(VmConfig config) throws KnallerException, InterruptedException {
    return new VmLauncher(paths, timeouts).run(config);
  }

  /** Returns every VM of this data directory, sorted by name; never hangs on a frozen VM. */
  public List<VmInfo> list() throws KnallerException, InterruptedException {
    try {
      return new VmLister(paths, timeouts.queryTimeout()).list();
    } catch (IOException e) {
      throw new KnallerException(
          "listing the VMs in " + paths.socketsDirectory() + " failed: " + FileProblem.describe(e),
          e);
    }
  }

  /**
   * Stops the VM named {@code name} and removes its socket and directory.
   *
   * @throws VmNotFoundException when there is no such VM
   */
  public void stop(String name) throws KnallerException, InterruptedException {
    new VmStopper(paths, timeouts.stopGrace()).stop(name);
  }
}
