package dev.knaller.emulator.backend.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QemuKernelTest {
  @TempDir Path dir;

  @Test
  void anElfVmlinuxWithAVmlinuzBesideItBootsTheVmlinuz() throws Exception {
    Path vmlinux = Files.write(dir.resolve("vmlinux"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1});
    Files.write(dir.resolve("vmlinuz"), new byte[] {'M', 'Z'});

    assertThat(QemuKernel.choose(vmlinux)).isEqualTo(dir.resolve("vmlinuz"));
  }

  @Test
  void anElfWithoutACompressedSiblingIsPassedOn() throws Exception {
    Path vmlinux = Files.write(dir.resolve("vmlinux"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1});

    assertThat(QemuKernel.choose(vmlinux)).isEqualTo(vmlinux);
  }

  @Test
  void aBzImageIsPassedOn() throws Exception {
    Path bzImage = Files.write(dir.resolve("kernel"), new byte[] {'M', 'Z', 0, 0});
    Files.write(dir.resolve("vmlinuz"), new byte[] {'M', 'Z'});

    assertThat(QemuKernel.choose(bzImage)).isEqualTo(bzImage);
  }
}
