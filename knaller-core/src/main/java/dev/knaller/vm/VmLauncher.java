package dev.knaller.vm;

import dev.knaller.KnallerPaths;
import dev.knaller.Vm;
import dev.knaller.VmConfig;
import dev.knaller.VmStartException;

/** Starts VMs: the implementation behind {@code Knaller.run}. */
public final class VmLauncher {
  private final KnallerPaths paths;
  private final StartEnvironment environment;

  public VmLauncher(KnallerPaths paths, StartEnvironment environment) {
    this.paths = paths;
    this.environment = environment;
  }

  /** Starts and boots {@code config}; on failure nothing of the start is left. */
  public Vm run(VmConfig config) throws VmStartException, InterruptedException {
    return new VmStart(config, paths, environment).start();
  }
}
