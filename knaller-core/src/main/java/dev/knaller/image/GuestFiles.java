package dev.knaller.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * The files baked into a Debian guest, kept as resources beside this class: the mmdebstrap hooks
 * and what they install (network from {@code ip=}, per-VM host keys, key-only root login).
 */
final class GuestFiles {
  static final String ESSENTIAL_HOOK = "essential-hook.sh";
  static final String CUSTOMIZE_HOOK = "customize-hook.sh";
  private static final List<String> SCRIPTS =
      List.of(ESSENTIAL_HOOK, CUSTOMIZE_HOOK, "knaller-net-setup");
  private static final List<String> DATA =
      List.of("knaller-net.service", "knaller-host-keys.service", "sshd-knaller.conf");

  private GuestFiles() {}

  /** Writes every file into {@code directory}, scripts executable. */
  static void writeTo(Path directory) throws IOException {
    Files.createDirectories(directory);
    for (String name : SCRIPTS) {
      write(directory.resolve(name), name, "rwxr-xr-x");
    }
    for (String name : DATA) {
      write(directory.resolve(name), name, "rw-r--r--");
    }
  }

  /** SHA-256 over names and contents, so a changed guest file changes the recipe's cache key. */
  static String digest() {
    StringBuilder all = new StringBuilder();
    for (String name : names()) {
      all.append(name).append('\0').append(new String(bytes(name), StandardCharsets.UTF_8));
    }
    return Digests.sha256Hex(all.toString());
  }

  static List<String> names() {
    return java.util.stream.Stream.concat(SCRIPTS.stream(), DATA.stream()).toList();
  }

  static byte[] bytes(String name) {
    try (InputStream in = GuestFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("guest file " + name + " is missing from the knaller jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path target, String name, String permissions) throws IOException {
    Files.write(target, bytes(name));
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(permissions));
  }
}
