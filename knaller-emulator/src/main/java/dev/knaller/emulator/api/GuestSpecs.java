package dev.knaller.emulator.api;

import static dev.knaller.emulator.api.Json.flag;

import dev.knaller.emulator.backend.GuestSpec;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Turns the configured resources into the {@link GuestSpec} a backend boots. */
final class GuestSpecs {
  private GuestSpecs() {}

  static GuestSpec from(Vmm vmm, boolean restored) {
    VmResources r = vmm.resources();
    Map<String, Object> boot = r.bootSource == null ? Map.of() : r.bootSource;
    String bootArgs = (String) boot.get("boot_args");
    return new GuestSpec(
        path(boot.get("kernel_image_path")),
        path(boot.get("initrd_path")),
        bootArgs != null ? bootArgs : VmResources.defaultBootArgs(vmm.profile()),
        ((Long) r.machineConfig.get("vcpu_count")).intValue(),
        r.memoryMib(),
        flag(r.machineConfig, "smt"),
        r.drives.stream().map(GuestSpecs::drive).toList(),
        r.networkInterfaces.stream().map(GuestSpecs::iface).toList(),
        vsock(r),
        serial(r),
        restored,
        vmm.pciEnabled());
  }

  private static Optional<Path> path(Object value) {
    return value == null || value.toString().isEmpty()
        ? Optional.empty()
        : Optional.of(Path.of(value.toString()));
  }

  private static GuestSpec.Drive drive(Map<String, Object> d) {
    return new GuestSpec.Drive(
        (String) d.get("drive_id"),
        path(d.get("path_on_host")),
        flag(d, "is_read_only"),
        flag(d, "is_root_device"),
        Optional.ofNullable((String) d.get("partuuid")),
        path(d.get("socket")));
  }

  private static GuestSpec.NetworkInterface iface(Map<String, Object> n) {
    return new GuestSpec.NetworkInterface(
        (String) n.get("iface_id"),
        (String) n.get("host_dev_name"),
        Optional.ofNullable((String) n.get("guest_mac")));
  }

  private static Optional<GuestSpec.Vsock> vsock(VmResources r) {
    if (r.vsock == null) {
      return Optional.empty();
    }
    return Optional.of(
        new GuestSpec.Vsock(
            (Long) r.vsock.get("guest_cid"), Path.of((String) r.vsock.get("uds_path"))));
  }

  private static GuestSpec.SerialOutput serial(VmResources r) {
    Object out = r.serial == null ? null : r.serial.get("serial_out_path");
    return out == null
        ? GuestSpec.SerialOutput.STDOUT
        : new GuestSpec.SerialOutput.File(Path.of(out.toString()));
  }
}
