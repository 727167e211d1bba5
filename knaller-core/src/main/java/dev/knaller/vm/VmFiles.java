package dev.knaller.vm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a VM's files. Idempotent, and safe when a second stop removes them at the same time. */
final class VmFiles {
  private VmFiles() {}

  /** Deletes {@code directory} and everything in it; a missing directory is fine. */
  static void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.sorted(Comparator.reverseOrder()).forEach(VmFiles::deleteQuietlyIfMissing);
    } catch (NoSuchFileException e) {
      // Removed by someone else while walking.
    } catch (UncheckedIOException e) {
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
