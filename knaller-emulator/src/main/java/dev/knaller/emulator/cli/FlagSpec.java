package dev.knaller.emulator.cli;

import dev.knaller.emulator.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Firecracker's command-line flags for one profile; identical in all four but --enable-pci. */
public final class FlagSpec {
  /** A flag: a switch, or one that takes the next argument as its value. */
  public record Flag(String name, boolean takesValue, String help) {}

  private final List<Flag> flags;

  private FlagSpec(List<Flag> flags) {
    this.flags = List.copyOf(flags);
  }

  public static FlagSpec of(Profile profile) {
    List<Flag> flags = new ArrayList<>();
    value(flags, "api-sock", "Path to unix domain socket used by the API.");
    value(flags, "id", "MicroVM unique identifier.");
    value(flags, "seccomp-filter", "Optional parameter which allows specifying a seccomp filter.");
    flag(flags, "no-seccomp", "Optional parameter which allows starting without seccomp.");
    value(flags, "start-time-us", "Process start time (wall clock, microseconds).");
    value(flags, "start-time-cpu-us", "Process start CPU time (microseconds).");
    value(flags, "parent-cpu-time-us", "Parent process CPU time (microseconds).");
    value(flags, "config-file", "Path to a file that contains the microVM configuration.");
    value(flags, "metadata", "Path to a file that contains metadata in JSON format.");
    flag(flags, "no-api", "Optional parameter which allows starting without the API server.");
    value(flags, "log-path", "Path to a fifo or a file used for configuring the logger.");
    value(flags, "level", "Set the logger level.");
    value(flags, "module", "Set the logger module filter.");
    flag(flags, "show-level", "Whether or not to output the level in the logs.");
    flag(flags, "show-log-origin", "Whether or not to include the origin of the log lines.");
    value(flags, "metrics-path", "Path to a fifo or a file used for configuring the metrics.");
    flag(flags, "boot-timer", "Whether or not to load boot timer device.");
    flag(flags, "version", "Print the binary version number.");
    flag(flags, "snapshot-version", "Print the supported data format version.");
    value(flags, "describe-snapshot", "Print the data format version of the provided snapshot.");
    value(flags, "http-api-max-payload-size", "Http API request payload max size, in bytes.");
    value(flags, "mmds-size-limit", "Mmds data store limit, in bytes.");
    if (profile.hasPciFlag()) {
      flag(flags, "enable-pci", "Enables PCIe support.");
    }
    flag(flags, "help", "Show the help message.");
    return new FlagSpec(flags);
  }

  private static void value(List<Flag> flags, String name, String help) {
    flags.add(new Flag(name, true, help));
  }

  private static void flag(List<Flag> flags, String name, String help) {
    flags.add(new Flag(name, false, help));
  }

  public Optional<Flag> find(String name) {
    return flags.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public List<Flag> flags() {
    return flags;
  }
}
