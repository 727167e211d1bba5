package dev.knaller.emulator.api;

import dev.knaller.emulator.Knobs;
import dev.knaller.emulator.backend.GuestBackend;
import dev.knaller.emulator.http.RequestHandler;
import java.util.function.IntConsumer;

/** Builds the emulated Firecracker API for one process. */
public final class Api {
  private final Vmm vmm;
  private final Router router;

  /**
   * @param exitRequest ends the process with a code, after the response being handled is sent
   */
  public Api(
      Knobs knobs,
      GuestBackend backend,
      String instanceId,
      boolean pciEnabled,
      long mmdsSizeLimit,
      IntConsumer exitRequest) {
    this.vmm = new Vmm(knobs.profile(), knobs, backend, instanceId, pciEnabled, exitRequest);
    Routes routes = new Routes();
    new InfoHandler(vmm).register(routes);
    new MachineConfigHandler(vmm).register(routes);
    new BootSourceHandler(vmm).register(routes);
    new DriveHandler(vmm).register(routes);
    new NetworkHandler(vmm).register(routes);
    new VsockHandler(vmm).register(routes);
    new BalloonHandler(vmm).register(routes);
    new LoggingHandler(vmm).register(routes);
    new MmdsHandler(vmm, mmdsSizeLimit).register(routes);
    new DeviceHandler(vmm).register(routes);
    new PmemHandler(vmm).register(routes);
    new ActionsHandler(vmm).register(routes);
    new VmStateHandler(vmm).register(routes);
    new SnapshotHandler(vmm).register(routes);
    this.router = new Router(routes);
  }

  public RequestHandler handler() {
    return router;
  }

  /** {@code --metrics-path} initialises metrics, so a later PUT /metrics is a reinit. */
  public void metricsConfiguredOnCommandLine() {
    vmm.resources().metricsConfigured = true;
  }

  /** Stops the guest; called once when the process exits. */
  public void shutDown() {
    vmm.killGuest();
  }
}
