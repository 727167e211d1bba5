package dev.knaller.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** knaller's own version, from a resource Maven fills in at build time. */
final class KnallerVersion {
  private static final String RESOURCE = "/dev/knaller/cli/version.properties";

  private KnallerVersion() {}

  static String current() {
    try (InputStream in = KnallerVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
