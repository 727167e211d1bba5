package dev.knaller.cli;

import java.util.Locale;

/**
 * The CLI's logging level for the library's {@link System.Logger}s: warnings by default, info with
 * {@code --verbose}, or whatever {@code KNALLER_LOG} says ({@code debug}, {@code info}, ...).
 */
final class StderrLogging {
  private static volatile System.Logger.Level threshold = initial(System.getenv("KNALLER_LOG"));

  private StderrLogging() {}

  static System.Logger.Level threshold() {
    return threshold;
  }

  /** Lowers the threshold to INFO for {@code --verbose}, unless KNALLER_LOG already set lower. */
  static void setVerbose(boolean verbose) {
    if (verbose && threshold.getSeverity() > System.Logger.Level.INFO.getSeverity()) {
      threshold = System.Logger.Level.INFO;
    }
  }

  static System.Logger.Level initial(String setting) {
    if (setting == null || setting.isBlank()) {
      return System.Logger.Level.WARNING;
    }
    try {
      return System.Logger.Level.valueOf(setting.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return System.Logger.Level.WARNING;
    }
  }
}
