package dev.knaller.emulator.backend.qemu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The qemu-system-x86_64 argv for a {@link QemuMachine}, chosen to behave like Firecracker:
 *
 * <ul>
 *   <li>no default devices, no monitor, no display; the serial port is this process's stdout, where
 *       Firecracker writes the guest console;
 *   <li>drives in the given order as virtio-blk, so the first (the root device) is {@code
 *       /dev/vda};
 *   <li>each NIC a virtio-net on the given TAP with the given MAC;
 *   <li>{@code -no-reboot -no-shutdown}: a guest reset (Ctrl+Alt+Del, or a panic with {@code
 *       panic=1}) and a poweroff both stop the guest and raise a QMP SHUTDOWN event instead of
 *       resetting or exiting; {@link QemuProcess} then quits on a reset (Firecracker exits 0 with
 *       {@code reboot=k}) and stays on a poweroff (Firecracker on x86 keeps running);
 *   <li>a QMP socket for Ctrl+Alt+Del and pause/resume.
 * </ul>
 */
public final class QemuArguments {
  private QemuArguments() {}

  public static List<String> argv(Path qemu, QemuMachine machine) {
    List<String> argv =
        new ArrayList<>(
            List.of(
                qemu.toString(),
                "-nodefaults",
                "-no-user-config",
                "-display",
                "none",
                "-no-reboot",
                "-no-shutdown"));
    argv.addAll(machine.accelerator().arguments());
    argv.addAll(
        List.of(
            "-cpu",
            "max",
            "-smp",
            Integer.toString(machine.vcpus()),
            "-m",
            machine.memoryMib() + "M"));
    argv.addAll(List.of("-chardev", consoleOption(machine), "-serial", "chardev:console"));
    argv.addAll(List.of("-kernel", machine.kernel().toString()));
    machine.initrd().ifPresent(initrd -> argv.addAll(List.of("-initrd", initrd.toString())));
    argv.addAll(List.of("-append", machine.bootArgs()));
    for (QemuDrive drive : machine.drives()) {
      argv.addAll(List.of("-drive", driveOption(drive)));
    }
    for (int i = 0; i < machine.nics().size(); i++) {
      argv.addAll(nicArguments(i, machine.nics().get(i)));
    }
    argv.addAll(
        List.of("-qmp", "unix:" + option(machine.qmpSocket().toString()) + ",server=on,wait=off"));
    return argv;
  }

  private static String consoleOption(QemuMachine machine) {
    return machine
        .serialFile()
        .map(file -> "file,id=console,path=" + option(file.toString()))
        .orElse("stdio,id=console,signal=off");
  }

  private static String driveOption(QemuDrive drive) {
    return "file="
        + option(drive.file().toString())
        + ",if=virtio,format=raw,readonly="
        + (drive.readOnly() ? "on" : "off");
  }

  private static List<String> nicArguments(int index, QemuNic nic) {
    String id = "net" + index;
    String device =
        "virtio-net-pci,netdev=" + id + nic.guestMac().map(mac -> ",mac=" + option(mac)).orElse("");
    return List.of(
        "-netdev",
        "tap,id=" + id + ",ifname=" + option(nic.tap()) + ",script=no,downscript=no",
        "-device",
        device);
  }

  /** QEMU option values escape a comma by doubling it; nothing else is special. */
  static String option(String value) {
    return value.replace(",", ",,");
  }
}
