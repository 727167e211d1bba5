package dev.knaller.image;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an image directory holds and how it came to be: the recipe (name, cache key, full
 * description), when and how long it was built, the kernel release, and each file's size and hash.
 */
public record Manifest(
    String recipeName,
    String recipeHash,
    String recipeDescription,
    Instant builtAt,
    Duration buildTime,
    String kernelRelease,
    List<ImageFile> files) {

  public static final int FORMAT_VERSION = 1;

  public Manifest {
    files = List.copyOf(files);
  }

  /** The file entry named {@code name} ({@code rootfs.ext4}, ...). */
  public Optional<ImageFile> file(String name) {
    return files.stream().filter(file -> file.name().equals(name)).findFirst();
  }
}
