package dev.knaller.firecracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FirecrackerVersion#ofBinary} against fake firecracker scripts. */
class FirecrackerVersionProbeTest {
  @TempDir Path directory;

  @Test
  void readsTheVersionOfABinary() throws Exception {
    // B24(a): a 1.12.1 binary that exits 1 on any flag but --version.
    Path binary =
        script(
            "if [ \"$1\" = --version ]; then printf 'Firecracker v1.12.1\\n\\n'; exit 0; fi\n"
                + "echo \"unknown flag $1\" >&2; exit 1");

    FirecrackerVersion version = FirecrackerVersion.ofBinary(binary);

    assertThat(version).isEqualTo(FirecrackerVersion.of(1, 12, 1));
    assertThat(version.supportsEnablePci()).isFalse();
  }

  @Test
  void reportsANonZeroExitWithItsOutput() throws IOException {
    Path binary = script("echo 'segfault, sorry' >&2; exit 3");

    assertThatThrownBy(() -> FirecrackerVersion.ofBinary(binary))
        .isInstanceOf(FirecrackerException.class)
        .hasMessageContaining("--version exited 3: segfault, sorry");
  }

  @Test
  void reportsOutputWithoutAVersion() throws IOException {
    Path binary = script("echo 'QEMU emulator version 8.0'");

    assertThatThrownBy(() -> FirecrackerVersion.ofBinary(binary))
        .isInstanceOf(FirecrackerException.class)
        .hasMessageContaining("not a Firecracker version: \"QEMU emulator version 8.0\"");
  }

  @Test
  void killsABinaryThatHangs() throws IOException {
    // exec: the hanging process is the one started, so killing it leaves nothing behind.
    Path binary = script("exec sleep 30");

    assertThatThrownBy(() -> FirecrackerVersion.ofBinary(binary, Duration.ofMillis(200)))
        .isInstanceOf(FirecrackerTimeoutException.class)
        .hasMessageContaining("did not exit within 200 ms");
  }

  @Test
  void reportsAMissingBinary() {
    Path missing = directory.resolve("no-such-firecracker");

    assertThatThrownBy(() -> FirecrackerVersion.ofBinary(missing))
        .isInstanceOf(FirecrackerException.class)
        .hasMessageContaining("cannot run " + missing + " --version");
  }

  private Path script(String body) throws IOException {
    Path file = directory.resolve("firecracker");
    Files.writeString(file, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }
}
