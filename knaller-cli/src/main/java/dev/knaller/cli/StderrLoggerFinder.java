package dev.knaller.cli;

import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Routes the library's {@link System.Logger} calls to stderr as one line each. Installed through
 * {@code META-INF/services}, it replaces java.util.logging, which costs about 100 ms at start-up.
 */
public final class StderrLoggerFinder extends System.LoggerFinder {
  @Override
  public System.Logger getLogger(String name, Module module) {
    return new StderrLogger(name);
  }

  private record StderrLogger(String name) implements System.Logger {
    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isLoggable(Level level) {
      // The JDK logs its own debug traces (every ProcessBuilder.start, Runtime.exit) through the
      // same finder; only knaller's loggers follow the chosen threshold.
      Level threshold = name.startsWith("dev.knaller.") ? StderrLogging.threshold() : Level.WARNING;
      return level != Level.OFF && level.getSeverity() >= threshold.getSeverity();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
      if (isLoggable(level)) {
        System.err.println(
            "knaller: "
                + level.getName().toLowerCase(java.util.Locale.ROOT)
                + ": "
                + message
                + (thrown == null ? "" : ": " + thrown));
      }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      if (isLoggable(level)) {
        String message =
            params == null || params.length == 0
                ? format
                : java.text.MessageFormat.format(format, params);
        log(level, bundle, message, (Throwable) null);
      }
    }

    @Override
    public void log(Level level, Supplier<String> message) {
      if (isLoggable(level)) {
        log(level, null, message.get(), (Throwable) null);
      }
    }
  }
}
