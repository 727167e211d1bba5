package dev.knaller.emulator.api;

import dev.knaller.emulator.Profile;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the client configured, kept in the shape {@code GET /vm/config} serializes (field
 * order, defaults filled in). Sections are null until set.
 */
final class VmResources {
  Map<String, Object> machineConfig = defaultMachineConfig();
  Map<String, Object> bootSource;
  final List<Map<String, Object>> drives = new ArrayList<>();
  final List<Map<String, Object>> networkInterfaces = new ArrayList<>();
  final List<Map<String, Object>> pmem = new ArrayList<>();
  Map<String, Object> vsock;
  ServerSocketChannel vsockListener;
  Map<String, Object> balloon;
  Map<String, Object> mmdsConfig;
  Map<String, Object> entropy;
  Map<String, Object> memoryHotplug;
  Map<String, Object> serial;
  Object mmdsData = new LinkedHashMap<String, Object>();
  boolean metricsConfigured;
  boolean mmdsInitialized;

  /** Set by the resources that make a later snapshot load illegal (API-NOTES 2.2). */
  boolean bootPathConfigured;

  static Map<String, Object> defaultMachineConfig() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("vcpu_count", 1L);
    config.put("mem_size_mib", 128L);
    config.put("smt", false);
    config.put("track_dirty_pages", false);
    config.put("huge_pages", "None");
    return config;
  }

  long memoryMib() {
    return (Long) machineConfig.get("mem_size_mib");
  }

  boolean hugePages() {
    return "2M".equals(machineConfig.get("huge_pages"));
  }

  Optional<Map<String, Object>> drive(String id) {
    return drives.stream().filter(d -> id.equals(d.get("drive_id"))).findFirst();
  }

  Optional<Map<String, Object>> networkInterface(String id) {
    return networkInterfaces.stream().filter(n -> id.equals(n.get("iface_id"))).findFirst();
  }

  Optional<Map<String, Object>> pmemDevice(String id) {
    return pmem.stream().filter(p -> id.equals(p.get("id"))).findFirst();
  }

  boolean hasRootDrive() {
    return !drives.isEmpty() && Boolean.TRUE.equals(drives.getFirst().get("is_root_device"));
  }

  boolean hasRootPmem() {
    return pmem.stream().anyMatch(p -> Boolean.TRUE.equals(p.get("root_device")));
  }

  /** The default kernel command line when boot_args is omitted. */
  static String defaultBootArgs(Profile profile) {
    return profile.atLeast(Profile.V1_13_1)
        ? "reboot=k panic=1 nomodule 8250.nr_uarts=0 i8042.noaux i8042.nomux i8042.dumbkbd"
            + " swiotlb=noforce"
        : "reboot=k panic=1 pci=off nomodule 8250.nr_uarts=0 i8042.noaux i8042.nomux"
            + " i8042.nopnp i8042.dumbkbd";
  }
}
