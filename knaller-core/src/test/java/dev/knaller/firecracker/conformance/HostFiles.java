package dev.knaller.firecracker.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The host files one conformance case uses. Kernel and backing files live in a directory shared by
 * the whole class, because snapshots name them and a restore needs them where they were; sockets,
 * logs and snapshot output go to the case's own directory. {@code snapshot} is one of the profile's
 * standard VM, taken once per class.
 */
record HostFiles(Path shared, Path own, SnapshotImage snapshot) {
  /** Creates the shared files in {@code shared} (the emulator opens them, it never reads them). */
  static void createShared(Path shared) throws IOException {
    for (String name : new String[] {"vmlinux", "rootfs.ext4", "scratch.ext4", "other.ext4"}) {
      Files.writeString(shared.resolve(name), name);
    }
    for (String name : new String[] {"pmem0.img", "pmem1.img"}) {
      Files.writeString(shared.resolve(name), name);
    }
  }

  String kernel() {
    return shared("vmlinux");
  }

  String rootfs() {
    return shared("rootfs.ext4");
  }

  /** A second, non-root drive: the one PATCH and DELETE act on. */
  String scratch() {
    return shared("scratch.ext4");
  }

  /** Another backing file, for PATCH and hot-plug. */
  String other() {
    return shared("other.ext4");
  }

  String pmem(int index) {
    return shared("pmem" + index + ".img");
  }

  /** An empty file of the case's own, created now (logs and metrics must exist up to 1.13). */
  String existing(String name) {
    Path file = own.resolve(name);
    try {
      Files.writeString(file, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file.toString();
  }

  /** A path in the case's own directory that does not exist yet. */
  String fresh(String name) {
    return own.resolve(name).toString();
  }

  private String shared(String name) {
    return shared.resolve(name).toString();
  }
}
