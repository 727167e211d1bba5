package dev.knaller.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Firecracker builds the kernel command line in linux-loader's {@code Cmdline} with x86's capacity
 * of 2048 bytes (the NUL included), so a {@code boot_args} of 2048 bytes is a 400 at PUT
 * /boot-source. Without this, no test with the emulator could show that knaller's --boot-args cap
 * (BootArgs.MAX_EXTRA_LENGTH) keeps the line within Firecracker's limit.
 */
class BootArgsLengthTest {
  @TempDir Path dir;

  private String bootSource(Path kernel, int length) {
    return "{\"kernel_image_path\":\""
        + kernel
        + "\",\"boot_args\":\""
        + "a".repeat(length)
        + "\"}";
  }

  @Test
  void aCommandLineOf2047BytesIsTaken() throws Exception {
    Path kernel = Files.createFile(dir.resolve("vmlinux"));
    try (var emulator = RunningEmulator.start(dir)) {
      assertThat(emulator.call("PUT", "/boot-source", bootSource(kernel, 2047)))
          .startsWith("HTTP/1.1 204 ");
    }
  }

  @Test
  void aCommandLineOf2048BytesIsRefusedAsFirecrackerDoes() throws Exception {
    Path kernel = Files.createFile(dir.resolve("vmlinux"));
    try (var emulator = RunningEmulator.start(dir)) {
      assertThat(emulator.call("PUT", "/boot-source", bootSource(kernel, 2048)))
          .startsWith("HTTP/1.1 400 ")
          .contains(
              "Boot source error: The kernel command line is invalid: Inserting string would make"
                  + " command line too long.");
    }
  }
}
