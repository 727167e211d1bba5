package dev.knaller.vm;

import dev.knaller.KnallerPaths;
import dev.knaller.Vm;
import dev.knaller.VmConfig;
import dev.knaller.VmStartException;

/** Starts VMs: the implementation behind {@code Knaller.run}. */
public final class VmLauncher {
  private final KnallerPaths paths;
  private final Timeouts timeouts;

  public VmLauncher(KnallerPaths paths, Timeouts timeouts) {
    this.paths = paths;
    this.timeouts = timeouts;
  }

  /** Starts and boots {@code config}; on failure nothing of the start is left. */
  public Vm run(VmConfig config) throws VmStartException, InterruptedException {
    return new VmStart(config, paths, timeouts).start();
  }
}
