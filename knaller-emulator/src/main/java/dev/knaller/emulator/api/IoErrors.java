package dev.knaller.emulator.api;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/** Host file checks worded as Rust's {@code io::Error} display: {@code <strerror> (os error N)}. */
final class IoErrors {
  private static final Map<String, Integer> ERRNO =
      Map.ofEntries(
          Map.entry("Operation not permitted", 1),
          Map.entry("No such file or directory", 2),
          Map.entry("Permission denied", 13),
          Map.entry("File exists", 17),
          Map.entry("Not a directory", 20),
          Map.entry("Is a directory", 21),
          Map.entry("Invalid argument", 22),
          Map.entry("Read-only file system", 30),
          Map.entry("File name too long", 36),
          Map.entry("Too many levels of symbolic links", 40),
          Map.entry("No such device or address", 6),
          Map.entry("Address already in use", 98));

  private IoErrors() {}

  static String rust(String strerror) {
    Integer errno = ERRNO.get(strerror);
    return errno == null ? strerror : strerror + " (os error " + errno + ")";
  }

  static String describe(IOException e) {
    return switch (e) {
      case NoSuchFileException n -> rust("No such file or directory");
      case AccessDeniedException a -> rust("Permission denied");
      case FileSystemException f when f.getReason() != null -> rust(f.getReason());
      default -> e.getMessage() == null ? e.toString() : rust(e.getMessage());
    };
  }

  /** Opens like {@code File::open} (or read+write); returns the Rust error text on failure. */
  static Optional<String> openFails(Path path, boolean write) {
    if (!write && Files.isDirectory(path)) {
      return Optional.empty(); // open(2) with O_RDONLY succeeds on a directory.
    }
    OpenOption[] options =
        write
            ? new OpenOption[] {StandardOpenOption.READ, StandardOpenOption.WRITE}
            : new OpenOption[] {StandardOpenOption.READ};
    try {
      FileChannel.open(path, options).close();
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(describe(e));
    }
  }
}
