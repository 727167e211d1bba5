package dev.knaller.network;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds programs on {@code PATH}, then in /usr/sbin and /sbin: Debian keeps {@code ip}, {@code nft}
 * and {@code sysctl} there and leaves both out of a regular user's {@code PATH}. The found path is
 * absolute, so a launch script can call it without relying on any {@code PATH}.
 */
public final class ToolFinder {
  public static final List<Path> FALLBACK_DIRECTORIES =
      List.of(Path.of("/usr/sbin"), Path.of("/sbin"));

  private final List<Path> directories;

  /**
   * Searches {@code searchPath} (colon-separated, as in {@code PATH}) and then {@code fallbacks}.
   */
  public ToolFinder(String searchPath, List<Path> fallbacks) {
    List<Path> all = new ArrayList<>();
    for (String entry : searchPath.split(File.pathSeparator, -1)) {
      // An empty PATH entry means the current directory; never run tools from there.
      if (!entry.isEmpty() && Path.of(entry).isAbsolute()) {
        all.add(Path.of(entry));
      }
    }
    all.addAll(fallbacks);
    this.directories = List.copyOf(all);
  }

  /** Returns the finder for this process's {@code PATH} plus /usr/sbin and /sbin. */
  public static ToolFinder system() {
    return fromEnvironment(System.getenv());
  }

  /** Returns the finder for {@code environment}'s {@code PATH} plus /usr/sbin and /sbin. */
  public static ToolFinder fromEnvironment(Map<String, String> environment) {
    return new ToolFinder(environment.getOrDefault("PATH", ""), FALLBACK_DIRECTORIES);
  }

  /** Returns the first executable regular file named {@code command}. */
  public Optional<Path> find(String command) {
    return directories.stream()
        .map(directory -> directory.resolve(command))
        .filter(candidate -> Files.isRegularFile(candidate) && Files.isExecutable(candidate))
        .findFirst();
  }

  public Optional<Path> find(Tool tool) {
    return find(tool.command());
  }

  public List<Path> directories() {
    return directories;
  }
}
