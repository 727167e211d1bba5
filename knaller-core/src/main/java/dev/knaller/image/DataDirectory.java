package dev.knaller.image;

import java.nio.file.Path;
import java.util.Map;

/** knaller's data directory: {@code ${XDG_DATA_HOME:-$HOME/.local/share}/knaller}. */
public final class DataDirectory {
  private DataDirectory() {}

  /** The data directory of the current process's environment. */
  public static Path current() {
    return from(System.getenv());
  }

  /**
   * The data directory for an environment. XDG says a relative XDG_DATA_HOME is invalid and must be
   * ignored, so only an absolute one counts.
   */
  public static Path from(Map<String, String> environment) {
    String xdg = environment.getOrDefault("XDG_DATA_HOME", "");
    if (!xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "knaller");
    }
    String home = environment.getOrDefault("HOME", "");
    if (home.isEmpty() || !Path.of(home).isAbsolute()) {
      throw new IllegalStateException(
          "HOME is not set to an absolute path, so knaller's data directory cannot be found:"
              + " set HOME or XDG_DATA_HOME");
    }
    return Path.of(home, ".local", "share", "knaller");
  }
}
