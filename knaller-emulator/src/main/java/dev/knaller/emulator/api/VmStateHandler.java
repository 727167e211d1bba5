package dev.knaller.emulator.api;

import dev.knaller.emulator.Latency;
import dev.knaller.emulator.backend.GuestOperationException;
import dev.knaller.emulator.http.HttpResponse;

/** {@code PATCH /vm}: pause and resume, both idempotent as in Firecracker. */
final class VmStateHandler {
  private final Vmm vmm;

  VmStateHandler(Vmm vmm) {
    this.vmm = vmm;
  }

  void register(Routes routes) {
    routes.add("PATCH", "vm", this::patch);
  }

  private HttpResponse patch(ApiCall call) throws Fault {
    boolean pause = "Paused".equals(call.parse(BodyShapes.VM).get("state"));
    vmm.requireStarted();
    try {
      if (pause) {
        pause();
      } else {
        resume();
      }
    } catch (GuestOperationException e) {
      throw new Fault("Internal VMM error: " + e.getMessage());
    }
    return HttpResponse.noContent();
  }

  private void pause() throws GuestOperationException {
    vmm.awaitLatency(Latency.Operation.Pause);
    if (vmm.phase() == VmPhase.RUNNING) {
      vmm.guest().pause();
      vmm.setPhase(VmPhase.PAUSED);
    }
  }

  private void resume() throws GuestOperationException {
    vmm.awaitLatency(Latency.Operation.Resume);
    if (vmm.phase() == VmPhase.PAUSED) {
      vmm.guest().resume();
      vmm.setPhase(VmPhase.RUNNING);
    }
  }
}
