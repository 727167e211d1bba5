package dev.knaller.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The manifest side of an image directory: write it, read it, check it, publish the directory. */
final class ImageCache {
  private ImageCache() {}

  static Optional<Manifest> read(ImageLayout layout) {
    try {
      return ManifestJson.read(Files.readString(layout.manifest()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether every file the manifest lists exists with its recorded size (a cheap check). */
  static boolean filesMatch(ImageLayout layout, Manifest manifest) {
    if (manifest.files().isEmpty()) {
      return false;
    }
    for (ImageFile file : manifest.files()) {
      Path path = layout.directory().resolve(file.name());
      try {
        if (Files.size(path) != file.sizeBytes()) {
          return false;
        }
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }

  static Manifest writeManifest(
      ImageLayout staged, Recipe recipe, Instant builtAt, Duration buildTime, String kernelRelease)
      throws ImageException {
    Manifest manifest =
        new Manifest(
            recipe.name(),
            recipe.cacheKey(),
            recipe.description(),
            builtAt,
            buildTime,
            kernelRelease,
            describe(staged));
    try {
      Files.writeString(staged.manifest(), ManifestJson.write(manifest));
      return manifest;
    } catch (IOException e) {
      throw new ImageException("cannot write " + staged.manifest(), e);
    }
  }

  private static List<ImageFile> describe(ImageLayout staged) throws ImageException {
    List<ImageFile> files = new ArrayList<>();
    for (Path path :
        List.of(staged.vmlinux(), staged.vmlinuz(), staged.initrd(), staged.rootfs())) {
      if (Files.isRegularFile(path)) {
        files.add(describe(path));
      }
    }
    return files;
  }

  private static ImageFile describe(Path path) throws ImageException {
    try {
      return new ImageFile(
          path.getFileName().toString(), Files.size(path), Digests.sha256Hex(path));
    } catch (IOException e) {
      throw new ImageException("cannot hash " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Renames {@code staging} to {@code target}. An existing target is first renamed aside and
   * removed after, since rename(2) cannot replace a non-empty directory; VMs running from it keep
   * their open files.
   */
  static void publish(Path staging, Path target) throws ImageException {
    try {
      Path previous = target.resolveSibling("." + target.getFileName() + ".previous");
      TreeRemover.remove(previous);
      if (Files.exists(target)) {
        Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      TreeRemover.remove(previous);
    } catch (IOException e) {
      throw new ImageException(
          "cannot move the new image into " + target + ": " + e.getMessage(), e);
    }
  }
}
