package dev.knaller.emulator.api;

import dev.knaller.emulator.http.HttpResponse;
import java.util.Map;

/** {@code PUT /entropy}, {@code /cpu-config}, and (v1.14+) {@code /serial}, {@code /hotplug}. */
final class DeviceHandler {
  private final Vmm vmm;

  DeviceHandler(Vmm vmm) {
    this.vmm = vmm;
  }

  void register(Routes routes) {
    routes.add("PUT", "entropy", this::entropy);
    routes.add("PUT", "cpu-config", this::cpuConfig);
    if (vmm.profile().hasV114Endpoints()) {
      routes.add("PUT", "serial", this::serial);
      routes.add("PUT", "hotplug", this::putHotplug);
      routes.add("GET", "hotplug", this::getHotplug);
      routes.add("PATCH", "hotplug", this::patchHotplug);
    }
  }

  private HttpResponse entropy(ApiCall call) throws Fault {
    Map<String, Object> body = call.parse(BodyShapes.ENTROPY);
    vmm.requirePreBoot();
    vmm.markBootPath();
    vmm.resources().entropy =
        Json.object("rate_limiter", Json.rateLimiter(body.get("rate_limiter")));
    return HttpResponse.noContent();
  }

  /** A custom CPU template; it does not set the boot-path flag. */
  private HttpResponse cpuConfig(ApiCall call) throws Fault {
    call.parse(BodyShapes.CPU_CONFIG);
    vmm.requirePreBoot();
    return HttpResponse.noContent();
  }

  private HttpResponse serial(ApiCall call) throws Fault {
    Map<String, Object> body = call.parse(BodyShapes.serial(vmm.profile()));
    vmm.requirePreBoot();
    vmm.resources().serial = body;
    return HttpResponse.noContent();
  }

  private void requireMemory(ApiCall call) throws Fault {
    if (!call.second().filter("memory"::equals).isPresent()) {
      throw Fault.invalidPath(call.method(), "hotplug");
    }
  }

  private HttpResponse putHotplug(ApiCall call) throws Fault {
    requireMemory(call);
    Map<String, Object> body = call.parse(BodyShapes.HOTPLUG_MEMORY);
    vmm.requirePreBoot();
    vmm.markBootPath();
    vmm.resources().memoryHotplug =
        Json.object(
            "total_size_mib", body.get("total_size_mib"),
            "slot_size_mib", Json.number(body, "slot_size_mib", 128),
            "block_size_mib", Json.number(body, "block_size_mib", 2));
    return HttpResponse.noContent();
  }

  private HttpResponse getHotplug(ApiCall call) throws Fault {
    requireMemory(call);
    vmm.requireStarted();
    Map<String, Object> config = configured();
    Map<String, Object> status = Json.object();
    status.putAll(config);
    status.put("plugged_size_mib", config.getOrDefault("requested_size_mib", 0L));
    status.putIfAbsent("requested_size_mib", 0L);
    return Json.ok(status);
  }

  private HttpResponse patchHotplug(ApiCall call) throws Fault {
    requireMemory(call);
    Map<String, Object> body = call.parse(BodyShapes.HOTPLUG_SIZE);
    vmm.requireStarted();
    configured().put("requested_size_mib", body.get("requested_size_mib"));
    return HttpResponse.noContent();
  }

  private Map<String, Object> configured() throws Fault {
    if (vmm.resources().memoryHotplug == null) {
      throw new Fault("Memory hotplug config error: Memory hotplug device not found.");
    }
    return vmm.resources().memoryHotplug;
  }
}
