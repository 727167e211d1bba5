package dev.knaller.image;

import java.nio.file.Path;

/**
 * Where a built guest image lives: {@code $DATA/images/<name>/} with the kernel twice (ELF {@code
 * vmlinux} for Firecracker, compressed {@code vmlinuz} for QEMU), the initrd, the base root
 * filesystem and the manifest.
 */
public record ImageLayout(Path directory) {
  public static final String DEFAULT_NAME = "default";

  /** The default image under a knaller data directory. */
  public static ImageLayout defaultIn(Path dataDirectory) {
    return new ImageLayout(dataDirectory.resolve("images").resolve(DEFAULT_NAME));
  }

  public Path vmlinux() {
    return directory.resolve("vmlinux");
  }

  public Path vmlinuz() {
    return directory.resolve("vmlinuz");
  }

  public Path initrd() {
    return directory.resolve("initrd.img");
  }

  public Path rootfs() {
    return directory.resolve("rootfs.ext4");
  }

  public Path manifest() {
    return directory.resolve("manifest.json");
  }

  /** Same layout in another directory (the temporary build directory beside the target). */
  public ImageLayout in(Path otherDirectory) {
    return new ImageLayout(otherDirectory);
  }
}
