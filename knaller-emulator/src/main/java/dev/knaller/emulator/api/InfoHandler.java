package dev.knaller.emulator.api;

import dev.knaller.emulator.http.HttpResponse;

/** {@code GET /}, {@code /version}, {@code /vm/config}, {@code /machine-config}. */
final class InfoHandler {
  private final Vmm vmm;

  InfoHandler(Vmm vmm) {
    this.vmm = vmm;
  }

  void register(Routes routes) {
    routes.add("GET", "", call -> instanceInfo());
    routes.add("GET", "version", call -> version());
    routes.add("GET", "vm", this::vmConfig);
    routes.add("GET", "machine-config", call -> Json.ok(vmm.resources().machineConfig));
  }

  private HttpResponse instanceInfo() {
    return Json.ok(
        Json.object(
            "id", vmm.instanceId(),
            "state", vmm.phase().display(),
            "vmm_version", vmm.profile().version(),
            "app_name", "Firecracker"));
  }

  private HttpResponse version() {
    return Json.ok(Json.object("firecracker_version", vmm.profile().version()));
  }

  /** Only {@code /vm/config} exists; a bare {@code GET /vm} falls through to the catch-all. */
  private HttpResponse vmConfig(ApiCall call) throws Fault {
    if (!call.second().filter("config"::equals).isPresent()) {
      throw Fault.invalidPath("GET", "vm");
    }
    return Json.ok(VmConfigView.render(vmm));
  }
}
