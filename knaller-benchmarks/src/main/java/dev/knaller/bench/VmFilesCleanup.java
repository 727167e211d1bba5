package dev.knaller.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Removes a benchmark's scratch tree, deepest entries first. */
final class VmFilesCleanup {
  private VmFilesCleanup() {}

  static void deleteTree(Path root) throws IOException {
    if (Files.notExists(root)) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : paths) {
      Files.deleteIfExists(path);
    }
  }
}
