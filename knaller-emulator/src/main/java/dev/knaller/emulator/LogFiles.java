package dev.knaller.emulator;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --log-path} and {@code --metrics-path}: up to v1.13 Firecracker opens them without a
 * create flag, so they must exist (a file or FIFO); v1.14 creates them.
 */
final class LogFiles {
  private LogFiles() {}

  static PrintStream openLog(Profile profile, String path) throws StartupException {
    requireExisting(profile, path, "Logger error: Failed to open target file: ");
    try {
      return new PrintStream(new FileOutputStream(path, true), true, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StartupException(1, "Logger error: Failed to open target file: " + e.getMessage());
    }
  }

  static void checkMetrics(Profile profile, String path) throws StartupException {
    requireExisting(
        profile,
        path,
        "Metrics error: Cannot initialize the metrics system due to bad user input: ");
  }

  private static void requireExisting(Profile profile, String path, String prefix)
      throws StartupException {
    if (!profile.createsLogFiles() && !Files.exists(Path.of(path))) {
      throw new StartupException(1, prefix + "No such file or directory (os error 2)");
    }
  }
}
