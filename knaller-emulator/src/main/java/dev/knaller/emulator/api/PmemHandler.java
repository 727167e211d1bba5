package dev.knaller.emulator.api;

import static dev.knaller.emulator.api.Json.flag;
import static dev.knaller.emulator.api.Json.text;

import dev.knaller.emulator.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

/** {@code /pmem/{id}} (v1.14+; PATCH and DELETE v1.16). */
final class PmemHandler {
  private static final String PREFIX = "Pmem config error: ";
  private final Vmm vmm;

  PmemHandler(Vmm vmm) {
    this.vmm = vmm;
  }

  void register(Routes routes) {
    if (!vmm.profile().hasV114Endpoints()) {
      return;
    }
    routes.add("PUT", "pmem", this::put);
    routes.add("PATCH", "pmem", this::patch);
    routes.add("DELETE", "pmem", this::delete);
  }

  private HttpResponse put(ApiCall call) throws Fault {
    String id = checkedIds(call, BodyShapes.PMEM);
    HotplugRules.checkPut(vmm, vmm.resources().pmemDevice(id).isPresent());
    vmm.markBootPath();
    Map<String, Object> body = call.parse(BodyShapes.PMEM);
    if (flag(body, "root_device") && vmm.resources().hasRootDrive()) {
      throw new Fault(
          PREFIX
              + "Attempt to add pmem as a root device while the root device defined as a block"
              + " device");
    }
    var failure = IoErrors.openFails(Path.of(text(body, "path_on_host")), !flag(body, "read_only"));
    if (failure.isPresent()) {
      throw new Fault(PREFIX + "Unable to create the virtio-pmem device: " + failure.get());
    }
    vmm.resources().pmemDevice(id).ifPresent(vmm.resources().pmem::remove);
    vmm.resources().pmem.add(normalized(body));
    return HttpResponse.noContent();
  }

  private static Map<String, Object> normalized(Map<String, Object> body) {
    return Json.object(
        "id", body.get("id"),
        "path_on_host", body.get("path_on_host"),
        "root_device", flag(body, "root_device"),
        "read_only", flag(body, "read_only"),
        "rate_limiter", Json.rateLimiter(body.get("rate_limiter")));
  }

  private static String checkedIds(ApiCall call, dev.knaller.emulator.serde.StructShape shape)
      throws Fault {
    String id = ResourceIds.checked(call.second());
    if (!id.equals(text(call.parse(shape), "id"))) {
      throw new Fault("The id from the path does not match the id from the body!");
    }
    return id;
  }

  private HttpResponse patch(ApiCall call) throws Fault {
    String id = checkedIds(call, BodyShapes.PMEM_UPDATE);
    vmm.requireStarted();
    if (vmm.resources().pmemDevice(id).isEmpty()) {
      throw new Fault("Device not found");
    }
    return HttpResponse.noContent();
  }

  private HttpResponse delete(ApiCall call) throws Fault {
    String id = ResourceIds.checked(call.second());
    HotplugRules.checkDelete(vmm);
    var device = vmm.resources().pmemDevice(id).orElseThrow(() -> new Fault("Device not found"));
    if (flag(device, "root_device")) {
      throw new Fault("Cannot unplug root device");
    }
    vmm.resources().pmem.remove(device);
    return HttpResponse.noContent();
  }
}
