package dev.knaller.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The distribution kernel and its initrd in an image's {@code /boot}, matched by release. */
record BootFiles(String kernelRelease, Path vmlinuz, Path initrd) {
  private static final String KERNEL_PREFIX = "vmlinuz-";

  /** The one installed kernel with its initrd; several kernels or a missing initrd are errors. */
  static BootFiles find(Path boot) throws ImageException {
    List<Path> kernels = kernels(boot);
    if (kernels.size() != 1) {
      throw new ImageException(
          boot
              + " holds "
              + kernels.size()
              + " kernels ("
              + kernels
              + "); the recipe must install exactly one linux-image package");
    }
    String release = kernels.get(0).getFileName().toString().substring(KERNEL_PREFIX.length());
    Path initrd = boot.resolve("initrd.img-" + release);
    if (!Files.isRegularFile(initrd)) {
      throw new ImageException(
          "no initrd "
              + initrd
              + " for kernel "
              + release
              + "; the recipe must install initramfs-tools"
              + " (the kernel's virtio drivers are modules)");
    }
    return new BootFiles(release, kernels.get(0), initrd);
  }

  private static List<Path> kernels(Path boot) throws ImageException {
    try (Stream<Path> listing = Files.list(boot)) {
      return listing
          .filter(p -> p.getFileName().toString().startsWith(KERNEL_PREFIX))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ImageException("cannot list the image's " + boot + ": " + e.getMessage(), e);
    }
  }
}
