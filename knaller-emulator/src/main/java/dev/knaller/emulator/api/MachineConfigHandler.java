package dev.knaller.emulator.api;

import static dev.knaller.emulator.api.Json.flag;

import dev.knaller.emulator.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code PUT} and {@code PATCH /machine-config}, with Firecracker's VmConfig::update rules. */
final class MachineConfigHandler {
  private static final String PREFIX = "Machine config error: ";
  private static final String VCPUS =
      "The number of vCPUs must be greater than 0, less than 32 and must be 1 or an even number"
          + " if SMT is enabled.";
  private static final String MEMORY =
      "The memory size (MiB) is either 0, or not a multiple of the configured page size.";
  private final Vmm vmm;

  MachineConfigHandler(Vmm vmm) {
    this.vmm = vmm;
  }

  void register(Routes routes) {
    routes.add("PUT", "machine-config", this::put);
    routes.add("PATCH", "machine-config", this::patch);
  }

  /** PUT replaces: omitted smt, track_dirty_pages and huge_pages fall back to their defaults. */
  private HttpResponse put(ApiCall call) throws Fault {
    Map<String, Object> body = call.parse(BodyShapes.MACHINE_CONFIG);
    Map<String, Object> update = new HashMap<>(VmResources.defaultMachineConfig());
    update.putAll(body);
    return apply(call, body, update);
  }

  private HttpResponse patch(ApiCall call) throws Fault {
    Map<String, Object> body = call.parse(BodyShapes.MACHINE_CONFIG_UPDATE);
    if (body.isEmpty()) {
      throw new Fault("Empty PATCH request.");
    }
    Map<String, Object> update = new HashMap<>(vmm.resources().machineConfig);
    update.putAll(body);
    return apply(call, body, update);
  }

  private HttpResponse apply(ApiCall call, Map<String, Object> body, Map<String, Object> update)
      throws Fault {
    if (body.containsKey("cpu_template")) {
      call.deprecate();
    }
    vmm.requirePreBoot();
    vmm.markBootPath();
    checkVcpus(update);
    checkMemory(update);
    Map<String, Object> config = ordered(update, body);
    checkDependents(config);
    vmm.resources().machineConfig = config;
    return HttpResponse.noContent();
  }

  private static void checkVcpus(Map<String, Object> update) throws Fault {
    long vcpus = (Long) update.get("vcpu_count");
    if (vcpus == 0 || vcpus > 32 || (flag(update, "smt") && vcpus > 1 && vcpus % 2 == 1)) {
      throw new Fault(PREFIX + VCPUS);
    }
  }

  private static void checkMemory(Map<String, Object> update) throws Fault {
    long mib = (Long) update.get("mem_size_mib");
    if (mib == 0 || ("2M".equals(update.get("huge_pages")) && mib % 2 == 1)) {
      throw new Fault(PREFIX + MEMORY);
    }
  }

  private void checkDependents(Map<String, Object> config) throws Fault {
    VmResources r = vmm.resources();
    long mib = (Long) config.get("mem_size_mib");
    boolean huge = "2M".equals(config.get("huge_pages"));
    if (r.balloon != null && mib < (Long) r.balloon.get("amount_mib")) {
      throw new Fault(
          PREFIX
              + "The memory size (MiB) is smaller than the previously set balloon device target"
              + " size.");
    }
    if (huge && r.balloon != null) {
      throw new Fault(
          PREFIX + "Firecracker's huge pages support is incompatible with memory ballooning.");
    }
    if (huge && r.bootSource != null && r.bootSource.get("initrd_path") != null) {
      throw new Fault(PREFIX + "Firecracker's huge pages support is incompatible with initrds.");
    }
  }

  /** GET order; cpu_template shows only when a static template is set ("None" clears it). */
  private Map<String, Object> ordered(Map<String, Object> update, Map<String, Object> body) {
    Object template =
        body.containsKey("cpu_template")
            ? body.get("cpu_template")
            : vmm.resources().machineConfig.get("cpu_template");
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("vcpu_count", update.get("vcpu_count"));
    config.put("mem_size_mib", update.get("mem_size_mib"));
    config.put("smt", update.get("smt"));
    if (template != null && !"None".equals(template)) {
      config.put("cpu_template", template);
    }
    config.put("track_dirty_pages", update.get("track_dirty_pages"));
    config.put("huge_pages", update.get("huge_pages"));
    return config;
  }
}
