package dev.knaller.emulator.backend.qemu;

import dev.knaller.emulator.backend.GuestSpec;
import dev.knaller.emulator.backend.GuestStartException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns what the Firecracker client configured into a {@link QemuMachine}. */
final class GuestSpecMapping {
  private GuestSpecMapping() {}

  static QemuMachine machine(GuestSpec spec, Path qmpSocket, Accelerator accelerator)
      throws GuestStartException {
    if (spec.restoredFromSnapshot()) {
      throw new GuestStartException(
          "the qemu backend cannot restore Firecracker snapshots;"
              + " use KNALLER_EMULATOR_BACKEND=simulated for snapshot tests");
    }
    Path kernel =
        spec.kernel()
            .orElseThrow(
                () -> new GuestStartException("the qemu backend needs a kernel_image_path"));
    return new QemuMachine(
        QemuKernel.choose(kernel),
        spec.initrd(),
        bootArgs(spec),
        drives(spec),
        nics(spec),
        spec.vcpuCount(),
        Math.toIntExact(spec.memoryMib()),
        serialFile(spec),
        qmpSocket,
        accelerator);
  }

  /**
   * The configured command line plus what Firecracker appends for a root device: {@code
   * root=/dev/vda} (or {@code root=PARTUUID=...}) and {@code ro} or {@code rw}.
   */
  static String bootArgs(GuestSpec spec) {
    StringBuilder args = new StringBuilder(spec.bootArgs().strip());
    spec.drives().stream()
        .filter(GuestSpec.Drive::root)
        .findFirst()
        .ifPresent(
            root -> {
              args.append(
                  root.partuuid().map(uuid -> " root=PARTUUID=" + uuid).orElse(" root=/dev/vda"));
              args.append(root.readOnly() ? " ro" : " rw");
            });
    return args.toString().strip();
  }

  private static List<QemuDrive> drives(GuestSpec spec) throws GuestStartException {
    List<QemuDrive> drives = new ArrayList<>();
    for (GuestSpec.Drive drive : spec.drives()) {
      Path file =
          drive
              .path()
              .orElseThrow(
                  () ->
                      new GuestStartException(
                          "the qemu backend does not support vhost-user drive " + drive.id()));
      drives.add(new QemuDrive(file, drive.readOnly()));
    }
    return drives;
  }

  private static List<QemuNic> nics(GuestSpec spec) {
    return spec.networkInterfaces().stream()
        .map(nic -> new QemuNic(nic.hostDevName(), nic.guestMac()))
        .toList();
  }

  private static Optional<Path> serialFile(GuestSpec spec) {
    return spec.serialOutput() instanceof GuestSpec.SerialOutput.File file
        ? Optional.of(file.path())
        : Optional.empty();
  }
}
