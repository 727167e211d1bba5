package dev.knaller.emulator.backend.qemu;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything one QEMU guest is started with, mapped from what the Firecracker client configured.
 */
public record QemuMachine(
    Path kernel,
    Optional<Path> initrd,
    String bootArgs,
    List<QemuDrive> drives,
    List<QemuNic> nics,
    int vcpus,
    int memoryMib,
    Optional<Path> serialFile,
    Path qmpSocket,
    Accelerator accelerator) {

  public QemuMachine {
    drives = List.copyOf(drives);
    nics = List.copyOf(nics);
  }
}
