package dev.knaller.vm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Removes a VM's files. Idempotent, and safe when someone else removes them at the same time: a
 * {@code knaller stop} and the VM's own start both clean up once Firecracker has exited.
 */
final class VmFiles {
  // A walk that lost a race starts over: the other side is done or further along by then.
  private static final int ATTEMPTS = 5;

  private VmFiles() {}

  /** Deletes {@code directory} and everything in it; a missing directory is fine. */
  static void deleteTree(Path directory) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        deleteOnce(directory);
        return;
      } catch (NoSuchFileException e) {
        // Part of the tree went while it was walked: removed by someone else.
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static void deleteOnce(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.sorted(Comparator.reverseOrder()).forEach(VmFiles::deleteQuietlyIfMissing);
    } catch (UncheckedIOException e) {
      // The walk's iterator reports a directory that vanished under it this way.
      throw e.getCause();
    }
  }

  private static void deleteQuietlyIfMissing(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
