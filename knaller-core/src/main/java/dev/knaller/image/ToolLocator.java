package dev.knaller.image;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds build tools on PATH, plus /usr/sbin and /sbin, which Debian leaves off a normal user's PATH
 * although mkfs.ext4 lives there.
 */
public final class ToolLocator {
  private final List<Path> directories;

  public ToolLocator(List<Path> directories) {
    this.directories = List.copyOf(directories);
  }

  /** The search path of an environment's PATH plus the sbin directories. */
  public static ToolLocator fromEnvironment(Map<String, String> environment) {
    List<Path> directories = new ArrayList<>();
    for (String entry : environment.getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
      if (!entry.isEmpty()) {
        directories.add(Path.of(entry));
      }
    }
    directories.add(Path.of("/usr/sbin"));
    directories.add(Path.of("/sbin"));
    return new ToolLocator(directories);
  }

  /** The absolute path of {@code program}, or an error naming the Debian package to install. */
  public Path find(String program, String debianPackage) throws ImageException {
    for (Path directory : directories) {
      Path candidate = directory.resolve(program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate.toAbsolutePath();
      }
    }
    throw new ImageException(
        program
            + " was not found on PATH, /usr/sbin or /sbin;"
            + " install it (apt-get install "
            + debianPackage
            + ") or add its directory to PATH");
  }
}
