package dev.knaller.emulator.backend;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Exactly what the client configured through the API (or {@code --config-file}) when it asked for
 * InstanceStart or a snapshot load: the input a backend needs to boot a guest.
 *
 * <p>Paths are as the client gave them (Firecracker resolves relative paths against its working
 * directory, which the emulator shares). {@code bootArgs} is the command line as configured, or
 * Firecracker's version-specific default when the client gave none; Firecracker appends {@code
 * pci=off} itself from v1.13 when PCI is disabled, and that is not added here.
 *
 * @param kernel {@code kernel_image_path}; empty only for a guest restored from a snapshot
 * @param initrd {@code initrd_path}, if configured
 * @param bootArgs the kernel command line
 * @param vcpuCount {@code vcpu_count}, 1 to 32
 * @param memoryMib {@code mem_size_mib}
 * @param smt whether SMT was enabled
 * @param drives block devices, the root device (if any) first, as Firecracker orders them
 * @param networkInterfaces network interfaces in the order they were added
 * @param vsock the vsock device, if configured
 * @param serialOutput where the guest's serial console goes: {@link SerialOutput#STDOUT} means the
 *     emulator's own standard output, as with real Firecracker; a path comes from PUT /serial
 * @param restoredFromSnapshot true when the guest comes from PUT /snapshot/load, not a cold boot
 * @param pciEnabled whether {@code --enable-pci} was given
 */
public record GuestSpec(
    Optional<Path> kernel,
    Optional<Path> initrd,
    String bootArgs,
    int vcpuCount,
    long memoryMib,
    boolean smt,
    List<Drive> drives,
    List<NetworkInterface> networkInterfaces,
    Optional<Vsock> vsock,
    SerialOutput serialOutput,
    boolean restoredFromSnapshot,
    boolean pciEnabled) {

  public GuestSpec {
    drives = List.copyOf(drives);
    networkInterfaces = List.copyOf(networkInterfaces);
  }

  /**
   * A block device.
   *
   * @param id {@code drive_id}
   * @param path {@code path_on_host}; empty for a vhost-user drive, which has {@code socket}
   * @param readOnly {@code is_read_only}
   * @param root {@code is_root_device}: the guest mounts it as {@code /dev/vda} unless a partuuid
   * @param partuuid the root partition's UUID, if given
   * @param vhostUserSocket {@code socket} of a vhost-user drive
   */
  public record Drive(
      String id,
      Optional<Path> path,
      boolean readOnly,
      boolean root,
      Optional<String> partuuid,
      Optional<Path> vhostUserSocket) {}

  /**
   * A network interface.
   *
   * @param id {@code iface_id}
   * @param hostDevName {@code host_dev_name}: the TAP device on the host
   * @param guestMac {@code guest_mac}, {@code aa:bb:cc:dd:ee:ff}, if given
   */
  public record NetworkInterface(String id, String hostDevName, Optional<String> guestMac) {}

  /**
   * The vsock device; the emulator has bound {@code udsPath} already (as Firecracker does at PUT).
   *
   * @param guestCid {@code guest_cid}
   * @param udsPath {@code uds_path}
   */
  public record Vsock(long guestCid, Path udsPath) {}

  /** Where the serial console output goes. */
  public sealed interface SerialOutput {
    /** The emulator's own stdout, Firecracker's default. */
    SerialOutput STDOUT = new Stdout();

    /** The process's standard output. */
    record Stdout() implements SerialOutput {}

    /** A file or FIFO named by PUT /serial {@code serial_out_path}. */
    record File(Path path) implements SerialOutput {}
  }
}
