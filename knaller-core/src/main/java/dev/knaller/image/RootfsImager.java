package dev.knaller.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The argv that turns the bootstrap tarball into a sparse ext4 image without mounting anything:
 * unpack, then {@code mkfs.ext4 -d}. As a normal user both run inside ONE fakeroot session, so the
 * owners, setuid bits and device nodes fakeroot records while unpacking are what mkfs.ext4 writes.
 * (e2fsprogs 1.47.0 in Debian 12 cannot read a tarball with {@code -d}; 1.47.1 can.)
 */
public final class RootfsImager {
  private static final String SCRIPT =
      "tar -xpf \"$1\" -C \"$2\" && \"$3\" -q -F -L knaller-root -d \"$2\" \"$4\" \"$5\"";

  private RootfsImager() {}

  /**
   * The argv; {@code fakeroot} is empty when running as root, which owns files for real.
   *
   * @param tree an empty directory to unpack into
   */
  public static List<String> argv(
      Optional<Path> fakeroot, Path mkfs, Path tarball, Path tree, Path image, long sizeMib) {
    List<String> argv = new ArrayList<>();
    fakeroot.ifPresent(path -> argv.addAll(List.of(path.toString(), "--")));
    argv.addAll(
        List.of(
            "sh",
            "-c",
            SCRIPT,
            "sh",
            tarball.toString(),
            tree.toString(),
            mkfs.toString(),
            image.toString(),
            sizeMib + "M"));
    return argv;
  }
}
