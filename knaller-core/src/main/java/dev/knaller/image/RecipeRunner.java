package dev.knaller.image;

import java.nio.file.Path;

/** Produces the image files of one kind of recipe into a staging directory. */
interface RecipeRunner {
  /**
   * Writes {@code vmlinux}, {@code initrd.img}, {@code rootfs.ext4} (and {@code vmlinuz} where
   * there is one) into {@code staging}, using {@code scratch} for intermediate files.
   *
   * @return the kernel release, e.g. {@code 6.1.0-57-cloud-amd64}
   */
  String run(ImageLayout staging, Path scratch, BuildProgress progress)
      throws ImageException, InterruptedException;
}
