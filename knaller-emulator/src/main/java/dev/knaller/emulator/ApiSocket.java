package dev.knaller.emulator;

import dev.knaller.emulator.http.UnixSocketBinder;
import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * Binds the API socket like micro_http: a plain {@code bind()}, never an unlink, so an existing
 * path (a stale socket too) is refused; the file outlives the process.
 */
final class ApiSocket {
  /** sun_path holds 108 bytes including the NUL; Rust refuses 108 or more. */
  static final int SUN_PATH_BYTES = 108;

  private static final Map<String, String> OS_ERRORS =
      Map.of(
          "No such file or directory", "No such file or directory (os error 2)",
          "Permission denied", "Permission denied (os error 13)",
          "Not a directory", "Not a directory (os error 20)",
          "Read-only file system", "Read-only file system (os error 30)");

  private ApiSocket() {}

  static ServerSocketChannel bind(String path) throws StartupException {
    if (path.getBytes(StandardCharsets.UTF_8).length >= SUN_PATH_BYTES) {
      throw bindFailure("path must be shorter than SUN_LEN");
    }
    if (Files.exists(Path.of(path), LinkOption.NOFOLLOW_LINKS)) {
      throw new StartupException(
          1, "Failed to open the API socket at: " + path + ". Check that it is not already used.");
    }
    try {
      return UnixSocketBinder.bind(Path.of(path));
    } catch (IOException e) {
      String reason = String.valueOf(e.getMessage());
      throw bindFailure(OS_ERRORS.getOrDefault(reason, reason));
    }
  }

  private static StartupException bindFailure(String io) {
    return new StartupException(1, "Failed to bind and run the HTTP server: IO error: " + io);
  }
}
