package dev.knaller.emulator.backend.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knaller.emulator.backend.GuestSpec;
import dev.knaller.emulator.backend.GuestStartException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuestSpecMappingTest {
  private static final Path QMP = Path.of("/tmp/q/qmp.sock");

  @Test
  void mapsKernelInitrdDrivesTapMacVcpusMemoryAndConsole() throws Exception {
    GuestSpec spec =
        spec(
            List.of(
                drive("rootfs", "/vms/web/rootfs.ext4", false, true),
                drive("data", "/d/data.img", true, false)),
            new GuestSpec.SerialOutput.File(Path.of("/vms/web/console.log")),
            false);

    QemuMachine machine = GuestSpecMapping.machine(spec, QMP, Accelerator.TCG);

    assertThat(machine.kernel()).isEqualTo(Path.of("/img/vmlinux-absent"));
    assertThat(machine.initrd()).contains(Path.of("/img/initrd.img"));
    assertThat(machine.drives())
        .containsExactly(
            new QemuDrive(Path.of("/vms/web/rootfs.ext4"), false),
            new QemuDrive(Path.of("/d/data.img"), true));
    assertThat(machine.nics())
        .containsExactly(new QemuNic("kn-web", Optional.of("aa:fc:00:00:00:02")));
    assertThat(machine.vcpus()).isEqualTo(2);
    assertThat(machine.memoryMib()).isEqualTo(1024);
    assertThat(machine.serialFile()).contains(Path.of("/vms/web/console.log"));
  }

  @Test
  void appendsTheRootDeviceAsFirecrackerDoes() throws Exception {
    GuestSpec rw =
        spec(
            List.of(drive("rootfs", "/r.ext4", false, true)), GuestSpec.SerialOutput.STDOUT, false);
    GuestSpec ro =
        spec(List.of(drive("rootfs", "/r.ext4", true, true)), GuestSpec.SerialOutput.STDOUT, false);

    assertThat(GuestSpecMapping.bootArgs(rw)).isEqualTo("console=ttyS0 reboot=k root=/dev/vda rw");
    assertThat(GuestSpecMapping.bootArgs(ro)).isEqualTo("console=ttyS0 reboot=k root=/dev/vda ro");
    assertThat(GuestSpecMapping.machine(rw, QMP, Accelerator.TCG).serialFile()).isEmpty();
  }

  @Test
  void refusesSnapshotsWithTheAlternative() {
    GuestSpec restored = spec(List.of(), GuestSpec.SerialOutput.STDOUT, true);

    assertThatThrownBy(() -> GuestSpecMapping.machine(restored, QMP, Accelerator.TCG))
        .isInstanceOf(GuestStartException.class)
        .hasMessageContaining("cannot restore Firecracker snapshots")
        .hasMessageContaining("KNALLER_EMULATOR_BACKEND=simulated");
  }

  @Test
  void refusesVhostUserDrivesByName() {
    GuestSpec.Drive vhost =
        new GuestSpec.Drive(
            "fast",
            Optional.empty(),
            false,
            false,
            Optional.empty(),
            Optional.of(Path.of("/run/vhost.sock")));

    assertThatThrownBy(
            () ->
                GuestSpecMapping.machine(
                    spec(List.of(vhost), GuestSpec.SerialOutput.STDOUT, false),
                    QMP,
                    Accelerator.TCG))
        .hasMessageContaining("vhost-user drive fast");
  }

  private static GuestSpec.Drive drive(String id, String path, boolean readOnly, boolean root) {
    return new GuestSpec.Drive(
        id, Optional.of(Path.of(path)), readOnly, root, Optional.empty(), Optional.empty());
  }

  private static GuestSpec spec(
      List<GuestSpec.Drive> drives, GuestSpec.SerialOutput serial, boolean restored) {
    return new GuestSpec(
        Optional.of(Path.of("/img/vmlinux-absent")),
        Optional.of(Path.of("/img/initrd.img")),
        "console=ttyS0 reboot=k",
        2,
        1024,
        false,
        drives,
        List.of(new GuestSpec.NetworkInterface("eth0", "kn-web", Optional.of("aa:fc:00:00:00:02"))),
        Optional.empty(),
        serial,
        restored,
        false);
  }
}
