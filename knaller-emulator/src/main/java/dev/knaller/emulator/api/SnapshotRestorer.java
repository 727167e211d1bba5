package dev.knaller.emulator.api;

import dev.knaller.emulator.backend.GuestOperationException;
import dev.knaller.emulator.backend.GuestStartException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Restores a VM from an emulator snapshot. Any failure is fatal, as in Firecracker: the 400 goes
 * out first, then the process exits 1.
 */
final class SnapshotRestorer {
  private static final String PREFIX = "Load snapshot error: Failed to restore from snapshot: ";
  private final Vmm vmm;

  SnapshotRestorer(Vmm vmm) {
    this.vmm = vmm;
  }

  /**
   * The device sections a snapshot keeps (boot-source is not restored, as in Firecracker). The 1.14
   * devices, pmem and virtio-mem, are part of the device state like the others.
   */
  static Map<String, Object> devices(VmResources r) {
    return Json.object(
        "machine-config", r.machineConfig,
        "drives", r.drives,
        "network-interfaces", r.networkInterfaces,
        "vsock", r.vsock,
        "balloon", r.balloon,
        "mmds-config", r.mmdsConfig,
        "entropy", r.entropy,
        "pmem", r.pmem,
        "memory-hotplug", r.memoryHotplug);
  }

  void restore(Map<String, Object> body) throws Fault {
    try {
      Map<String, Object> devices = readState(Path.of(Json.text(body, "snapshot_path")));
      checkMemory(body);
      apply(devices, body);
      boot(Json.flag(body, "resume_vm"));
    } catch (Fault fatal) {
      vmm.exitAfterResponse(1);
      throw fatal;
    }
  }

  private static Map<String, Object> readState(Path state) throws Fault {
    try {
      return SnapshotFile.devices(state)
          .orElseThrow(
              () ->
                  new Fault(
                      PREFIX
                          + "Failed to get snapshot state from file: Failed to load snapshot"
                          + " state from file: Invalid data"));
    } catch (IOException e) {
      throw new Fault(
          PREFIX
              + "Failed to get snapshot state from file: Failed to open snapshot file: "
              + IoErrors.describe(e));
    }
  }

  @SuppressWarnings("unchecked")
  private static void checkMemory(Map<String, Object> body) throws Fault {
    Object backend = body.get("mem_backend");
    String path =
        backend != null
            ? (String) ((Map<String, Object>) backend).get("backend_path")
            : Json.text(body, "mem_file_path");
    if (!Files.exists(Path.of(path))) {
      throw new Fault(
          PREFIX
              + "Failed to load guest memory: "
              + IoErrors.describe(new NoSuchFileException(path)));
    }
  }

  @SuppressWarnings("unchecked")
  private void apply(Map<String, Object> devices, Map<String, Object> body) throws Fault {
    VmResources r = vmm.resources();
    r.machineConfig = restoredMachine(section(devices, "machine-config"));
    r.drives.addAll((List<Map<String, Object>>) devices.get("drives"));
    r.networkInterfaces.addAll((List<Map<String, Object>>) devices.get("network-interfaces"));
    r.balloon = section(devices, "balloon");
    r.mmdsConfig = section(devices, "mmds-config");
    r.entropy = section(devices, "entropy");
    r.pmem.addAll((List<Map<String, Object>>) devices.getOrDefault("pmem", List.of()));
    r.memoryHotplug = section(devices, "memory-hotplug");
    overrideNetworks((List<Map<String, Object>>) body.getOrDefault("network_overrides", List.of()));
    rebindVsock(section(devices, "vsock"), body);
  }

  /**
   * Firecracker rebuilds the machine config from the vCPU and memory state: no SMT, no template.
   */
  private static Map<String, Object> restoredMachine(Map<String, Object> stored) {
    stored.put("smt", false);
    stored.remove("cpu_template");
    return stored;
  }

  /** A stored section; JSON null (an unset section) becomes Java null. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> devices, String key) {
    return devices.get(key) instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
  }

  private void overrideNetworks(List<Map<String, Object>> overrides) throws Fault {
    for (var override : overrides) {
      var iface = vmm.resources().networkInterface((String) override.get("iface_id"));
      if (iface.isEmpty()) {
        throw new Fault(
            PREFIX + "Invalid network override: unknown interface " + override.get("iface_id"));
      }
      iface.get().put("host_dev_name", override.get("host_dev_name"));
    }
  }

  /** Firecracker binds the vsock socket again on restore, at the override path if given. */
  @SuppressWarnings("unchecked")
  private void rebindVsock(Map<String, Object> vsock, Map<String, Object> body) throws Fault {
    if (vsock == null) {
      return;
    }
    var override = (Map<String, Object>) body.get("vsock_override");
    String path =
        override != null ? (String) override.get("uds_path") : (String) vsock.get("uds_path");
    try {
      vmm.resources().vsockListener = VsockHandler.bind(Path.of(path));
    } catch (Fault bindFailure) {
      throw new Fault(
          PREFIX + "Failed to build microVM from snapshot: " + bindFailure.getMessage());
    }
    vmm.resources().vsock = Json.object("guest_cid", vsock.get("guest_cid"), "uds_path", path);
  }

  private void boot(boolean resume) throws Fault {
    try {
      vmm.boot(GuestSpecs.from(vmm, true));
      if (!resume) {
        vmm.guest().pause();
        vmm.setPhase(VmPhase.PAUSED);
      }
    } catch (GuestStartException | GuestOperationException e) {
      throw new Fault(PREFIX + e.getMessage());
    }
  }
}
