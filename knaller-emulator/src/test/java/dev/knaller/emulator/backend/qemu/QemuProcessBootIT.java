package dev.knaller.emulator.backend.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots the real guest image knaller builds ({@code knaller image build}) under QEMU, without a
 * network: the console reaches a login prompt, pause and resume take effect, and Ctrl+Alt+Del ends
 * QEMU with exit code 0. Slow under TCG (tens of seconds), so there is only this one.
 */
class QemuProcessBootIT {
  @TempDir Path dir;

  @Test
  void bootsTheImagePausesResumesAndExitsZeroOnCtrlAltDel() throws Exception {
    Path qemu = onPath("qemu-system-x86_64");
    Path image = imageDirectory();
    Path rootfs = dir.resolve("rootfs.ext4");
    run(
        "cp",
        "--reflink=auto",
        "--sparse=always",
        image.resolve("rootfs.ext4").toString(),
        rootfs.toString());
    Path runtime = Files.createTempDirectory("knaller-qemu-it-");
    Path console = dir.resolve("console.log");
    QemuMachine machine =
        new QemuMachine(
            QemuKernel.choose(image.resolve("vmlinux")),
            Optional.of(image.resolve("initrd.img")),
            "console=ttyS0 reboot=k panic=1 root=/dev/vda rw",
            List.of(new QemuDrive(rootfs, false)),
            List.of(),
            2,
            512,
            Optional.of(console),
            runtime.resolve("qmp.sock"),
            Accelerator.probe(Path.of("/dev/kvm")));

    QemuProcess guest = QemuProcess.start(qemu, machine, runtime, Duration.ofSeconds(20));
    try {
      awaitConsole(console, "login:", Duration.ofMinutes(4));
      guest.pause();
      assertThat(guest.runState()).isEqualTo("paused");
      guest.resume();
      assertThat(guest.runState()).isEqualTo("running");

      guest.sendCtrlAltDel();

      assertThat(guest.exit().get(3, TimeUnit.MINUTES)).isZero();
      assertThat(Files.readString(console)).contains("reboot: Restarting system");
      assertThat(runtime).doesNotExist();
    } finally {
      guest.kill();
    }
  }

  private static Path imageDirectory() {
    String xdg = System.getenv().getOrDefault("XDG_DATA_HOME", "");
    Path data =
        !xdg.isEmpty()
            ? Path.of(xdg, "knaller")
            : Path.of(System.getProperty("user.home"), ".local", "share", "knaller");
    Path image = data.resolve("images").resolve("default");
    assumeTrue(
        Files.isRegularFile(image.resolve("vmlinuz"))
            && Files.isRegularFile(image.resolve("rootfs.ext4")),
        "no guest image in " + image + ": run 'knaller image build' first");
    return image;
  }

  private static void awaitConsole(Path console, String text, Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (!(Files.exists(console) && Files.readString(console).contains(text))) {
      assertThat(Instant.now())
          .as("console shows '%s' within %s", text, timeout)
          .isBefore(deadline);
      Thread.sleep(500);
    }
  }

  private static Path onPath(String program) {
    for (String directory :
        System.getenv().getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
      Path candidate = Path.of(directory.isEmpty() ? "." : directory, program);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    assumeTrue(false, program + " is not on PATH (apt-get install qemu-system-x86)");
    throw new AssertionError("unreachable");
  }

  private static void run(String... argv) throws Exception {
    Process process = new ProcessBuilder(argv).inheritIO().start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", argv)).isZero();
  }
}
