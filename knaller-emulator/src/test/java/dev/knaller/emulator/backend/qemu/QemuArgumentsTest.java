package dev.knaller.emulator.backend.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QemuArgumentsTest {
  private static final QemuMachine MACHINE =
      new QemuMachine(
          Path.of("/img/vmlinuz"),
          Optional.of(Path.of("/img/initrd.img")),
          "console=ttyS0 reboot=k panic=1 root=/dev/vda rw",
          List.of(
              new QemuDrive(Path.of("/vms/web/rootfs.ext4"), false),
              new QemuDrive(Path.of("/data/a,b.img"), true)),
          List.of(new QemuNic("kn-web", Optional.of("AA:FC:00:00:00:02"))),
          2,
          1024,
          Optional.empty(),
          Path.of("/vms/web/qmp.sock"),
          Accelerator.TCG);

  @Test
  void mapsTheFirecrackerConfigurationOntoQemuOptions() {
    assertThat(QemuArguments.argv(Path.of("/usr/bin/qemu-system-x86_64"), MACHINE))
        .containsExactly(
            "/usr/bin/qemu-system-x86_64",
            "-nodefaults",
            "-no-user-config",
            "-display",
            "none",
            "-no-reboot",
            "-no-shutdown",
            "-accel",
            "tcg",
            "-cpu",
            "max",
            "-smp",
            "2",
            "-m",
            "1024M",
            "-chardev",
            "stdio,id=console,signal=off",
            "-serial",
            "chardev:console",
            "-kernel",
            "/img/vmlinuz",
            "-initrd",
            "/img/initrd.img",
            "-append",
            "console=ttyS0 reboot=k panic=1 root=/dev/vda rw",
            "-drive",
            "file=/vms/web/rootfs.ext4,if=virtio,format=raw,readonly=off",
            "-drive",
            "file=/data/a,,b.img,if=virtio,format=raw,readonly=on",
            "-netdev",
            "tap,id=net0,ifname=kn-web,script=no,downscript=no",
            "-device",
            "virtio-net-pci,netdev=net0,mac=AA:FC:00:00:00:02",
            "-qmp",
            "unix:/vms/web/qmp.sock,server=on,wait=off");
  }

  @Test
  void kvmKeepsTcgAsQemusOwnFallback() {
    QemuMachine kvm =
        new QemuMachine(
            MACHINE.kernel(),
            Optional.empty(),
            "",
            List.of(),
            List.of(new QemuNic("kn-x", Optional.empty())),
            1,
            128,
            Optional.of(Path.of("/vms/web/console,log")),
            MACHINE.qmpSocket(),
            Accelerator.KVM);

    assertThat(QemuArguments.argv(Path.of("qemu"), kvm))
        .containsSubsequence("-accel", "kvm", "-accel", "tcg")
        .containsSubsequence("-device", "virtio-net-pci,netdev=net0")
        .containsSubsequence("-chardev", "file,id=console,path=/vms/web/console,,log")
        .doesNotContain("-initrd");
  }
}
