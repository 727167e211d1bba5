package dev.knaller.emulator.backend.qemu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Which file QEMU boots for the kernel Firecracker was given. Firecracker on x86_64 loads an ELF
 * {@code vmlinux}; QEMU's {@code -kernel} loads a bzImage, or an ELF only when it carries a PVH
 * entry note, which distribution kernels built as bzImage lack. knaller's image directory holds
 * both, so an ELF kernel with a {@code vmlinuz} beside it boots that {@code vmlinuz} instead.
 * Anything else is passed on unchanged.
 */
public final class QemuKernel {
  private static final byte[] ELF_MAGIC = {0x7F, 'E', 'L', 'F'};
  static final String COMPRESSED_NAME = "vmlinuz";

  private QemuKernel() {}

  /** The file to give QEMU's {@code -kernel}. */
  public static Path choose(Path kernel) {
    Path compressed = kernel.resolveSibling(COMPRESSED_NAME);
    if (isElf(kernel) && Files.isRegularFile(compressed)) {
      return compressed;
    }
    return kernel;
  }

  private static boolean isElf(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(4), ELF_MAGIC);
    } catch (IOException e) {
      return false;
    }
  }
}
