package dev.knaller.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Configures and boots every emulator whose API socket is in the given sockets directories, so that
 * {@code list} sees running VMs, not unconfigured ones.
 *
 * <p>Usage: {@code BootAll SCRATCH_DIR SOCKETS_DIR...}
 */
public final class BootAll {
  private BootAll() {}

  public static void main(String[] args) throws Exception {
    VmFiles files = EmulatorFixture.createVmFiles(Path.of(args[0]));
    for (int i = 1; i < args.length; i++) {
      for (Path socket : sockets(Path.of(args[i]))) {
        DirectEmulator.configureAndBoot(socket, files);
      }
    }
  }

  private static List<Path> sockets(Path directory) throws Exception {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.filter(path -> path.toString().endsWith(".socket")).sorted().toList();
    }
  }
}
