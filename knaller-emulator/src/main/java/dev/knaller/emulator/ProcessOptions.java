package dev.knaller.emulator;

import dev.knaller.emulator.cli.CommandLine;
import java.util.List;
import java.util.Locale;

/** Checks of flag values that Firecracker does after parsing, with its exit behaviour. */
final class ProcessOptions {
  static final long DEFAULT_PAYLOAD_LIMIT = 51_200;
  private static final List<String> LEVELS =
      List.of("off", "trace", "debug", "info", "warn", "warning", "error");

  private ProcessOptions() {}

  /** {@code --id}: 1 to 64 alphanumerics or hyphens; anything else panics in Firecracker. */
  static void checkId(String id) throws StartupException {
    boolean valid =
        !id.isEmpty()
            && id.codePointCount(0, id.length()) <= 64
            && id.codePoints().allMatch(c -> c == '-' || Character.isLetterOrDigit(c));
    if (!valid) {
      throw Abort.panic("Invalid instance ID: " + id);
    }
  }

  /** A bad {@code --level} is the one BadConfiguration (152) case. */
  static void checkLevel(CommandLine line) throws StartupException {
    var level = line.value("level");
    if (level.isPresent() && !LEVELS.contains(level.get().toLowerCase(Locale.ROOT))) {
      throw new StartupException(
          152,
          "Invalid value for logger level: "
              + level.get()
              + ".Possible values: [Error, Warning, Info, Debug]");
    }
  }

  /** Numeric flags are parsed with {@code expect()}: a non-number panics. */
  static long number(CommandLine line, String flag, long fallback) throws StartupException {
    var value = line.value(flag);
    if (value.isEmpty()) {
      return fallback;
    }
    if (!value.get().matches("[0-9]{1,18}")) {
      throw Abort.panic("Failed to parse --" + flag + ": invalid digit found in string");
    }
    return Long.parseLong(value.get());
  }

  static void checkNumbers(CommandLine line) throws StartupException {
    for (String flag : List.of("start-time-us", "start-time-cpu-us", "parent-cpu-time-us")) {
      number(line, flag, 0);
    }
  }
}
