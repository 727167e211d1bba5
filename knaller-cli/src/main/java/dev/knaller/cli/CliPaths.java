package dev.knaller.cli;

import dev.knaller.KnallerPaths;
import dev.knaller.VmHost;
import java.nio.file.Path;

/**
 * The data directory the CLI works on: {@code ${XDG_DATA_HOME:-$HOME/.local/share}/knaller}, or the
 * {@code knaller.data.dir} system property (tests running the CLI inside their own JVM).
 */
final class CliPaths {
  static final String PROPERTY = "knaller.data.dir";

  private CliPaths() {}

  static KnallerPaths current() {
    String override = System.getProperty(PROPERTY);
    return override == null ? KnallerPaths.fromEnvironment() : new KnallerPaths(Path.of(override));
  }

  static VmHost knaller() {
    return VmHost.at(current().dataDirectory());
  }
}
