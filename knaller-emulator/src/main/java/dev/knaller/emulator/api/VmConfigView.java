package dev.knaller.emulator.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /vm/config}: Firecracker's {@code VmmConfig} in its field order, {@code null} for
 * unset sections. logger, metrics and cpu-config are always null (Firecracker never echoes them).
 */
final class VmConfigView {
  private VmConfigView() {}

  static Map<String, Object> render(Vmm vmm) {
    VmResources r = vmm.resources();
    boolean v114 = vmm.profile().hasV114Endpoints();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("balloon", r.balloon);
    view.put("drives", r.drives);
    view.put("boot-source", bootSource(r));
    view.put("cpu-config", null);
    view.put("logger", null);
    view.put("machine-config", r.machineConfig);
    view.put("metrics", null);
    putIf(view, v114, "memory-hotplug", r.memoryHotplug);
    view.put("mmds-config", r.mmdsConfig);
    view.put("network-interfaces", r.networkInterfaces);
    putIf(view, v114, "pmem", r.pmem);
    view.put("vsock", r.vsock);
    view.put("entropy", r.entropy);
    return view;
  }

  private static Object bootSource(VmResources r) {
    if (r.bootSource != null) {
      return r.bootSource;
    }
    return Json.object("kernel_image_path", "", "initrd_path", null, "boot_args", null);
  }

  private static void putIf(Map<String, Object> view, boolean present, String key, Object value) {
    if (present) {
      view.put(key, value);
    }
  }
}
