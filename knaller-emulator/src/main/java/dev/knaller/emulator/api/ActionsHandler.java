package dev.knaller.emulator.api;

import dev.knaller.emulator.Latency;
import dev.knaller.emulator.backend.GuestOperationException;
import dev.knaller.emulator.backend.GuestStartException;
import dev.knaller.emulator.http.HttpResponse;

/** {@code PUT /actions}: InstanceStart (once, pre-boot), FlushMetrics and SendCtrlAltDel. */
final class ActionsHandler {
  private final Vmm vmm;

  ActionsHandler(Vmm vmm) {
    this.vmm = vmm;
  }

  void register(Routes routes) {
    routes.add("PUT", "actions", this::put);
  }

  private HttpResponse put(ApiCall call) throws Fault {
    String action = (String) call.parse(BodyShapes.ACTION_BODY).get("action_type");
    switch (action) {
      case "InstanceStart" -> start();
      case "FlushMetrics" -> vmm.requireStarted();
      default -> ctrlAltDel();
    }
    return HttpResponse.noContent();
  }

  /** A failed start is not fatal: the VM stays pre-boot and may be started again. */
  private void start() throws Fault {
    vmm.requirePreBoot();
    if (vmm.resources().bootSource == null) {
      throw new Fault("Start microvm error: Cannot start microvm without kernel configuration.");
    }
    vmm.awaitLatency(Latency.Operation.InstanceStart);
    try {
      vmm.boot(GuestSpecs.from(vmm, false));
    } catch (GuestStartException e) {
      throw new Fault("Start microvm error: " + e.getMessage());
    }
  }

  private void ctrlAltDel() throws Fault {
    vmm.requireStarted();
    try {
      vmm.guest().sendCtrlAltDel();
    } catch (GuestOperationException e) {
      throw new Fault("Internal VMM error: " + e.getMessage());
    }
  }
}
