package dev.knaller.emulator.backend.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** QEMU failing at start, played by shell scripts standing in for qemu-system-x86_64. */
class QemuProcessTest {
  @TempDir Path dir;

  @Test
  void aQemuThatExitsAtOnceIsReportedWithItsStatusAndStderr() throws Exception {
    Path qemu = fakeQemu("echo 'qemu: could not open kernel file /k: No such file' >&2; exit 1");
    Path runtime = Files.createDirectory(dir.resolve("runtime"));

    assertThatThrownBy(
            () -> QemuProcess.start(qemu, machine(runtime), runtime, Duration.ofSeconds(10)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("exited with status 1 before its QMP socket appeared")
        .hasMessageContaining("could not open kernel file /k");
  }

  @Test
  void aQemuThatNeverOpensQmpTimesOutAndIsKilled() throws Exception {
    Path pidFile = dir.resolve("pid");
    Path qemu = fakeQemu("echo $$ > " + pidFile + "; exec sleep 60");
    Path runtime = Files.createDirectory(dir.resolve("runtime"));

    assertThatThrownBy(
            () -> QemuProcess.start(qemu, machine(runtime), runtime, Duration.ofMillis(700)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("created no QMP socket within 700 ms");

    long pid = Long.parseLong(Files.readString(pidFile).strip());
    Optional<ProcessHandle> left = ProcessHandle.of(pid);
    if (left.isPresent()) {
      assertThat(left.get().onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
    }
  }

  private Path fakeQemu(String body) throws IOException {
    Path script = dir.resolve("qemu-system-x86_64");
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    assertThat(script.toFile().setExecutable(true)).isTrue();
    return script;
  }

  private static QemuMachine machine(Path runtime) {
    return new QemuMachine(
        Path.of("/k"),
        Optional.empty(),
        "console=ttyS0",
        List.of(),
        List.of(),
        1,
        128,
        Optional.empty(),
        runtime.resolve("qmp.sock"),
        Accelerator.TCG);
  }
}
