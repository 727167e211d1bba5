package dev.knaller.emulator;

import dev.knaller.emulator.backend.CtrlAltDelBehaviour;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The test knobs, read from the environment only: the command line must stay exactly Firecracker's,
 * and the environment survives being handed over as {@code --firecracker} through pasta. The table
 * is in DESIGN.md.
 */
public record Knobs(
    Profile profile,
    String backend,
    CtrlAltDelBehaviour ctrlAltDel,
    Duration ctrlAltDelDelay,
    Latency latency,
    OptionalInt crashExit,
    String crashStderr,
    boolean tapCheck) {

  /** Reads the knobs; a bad value names the variable, what it got and what it accepts. */
  public static Knobs from(Map<String, String> env) {
    return new Knobs(
        profile(env.getOrDefault("KNALLER_EMULATOR_VERSION", "1.16.1")),
        env.getOrDefault("KNALLER_EMULATOR_BACKEND", "simulated"),
        ctrlAltDel(env.getOrDefault("KNALLER_EMULATOR_CTRL_ALT_DEL", "exit")),
        Duration.ofMillis(
            number(
                "KNALLER_EMULATOR_CTRL_ALT_DEL_DELAY_MS",
                env.getOrDefault("KNALLER_EMULATOR_CTRL_ALT_DEL_DELAY_MS", "100"))),
        Latency.parse(env.getOrDefault("KNALLER_EMULATOR_LATENCY_MS", "")),
        crashExit(Optional.ofNullable(env.get("KNALLER_EMULATOR_CRASH_EXIT"))),
        env.getOrDefault("KNALLER_EMULATOR_CRASH_STDERR", ""),
        onOff(env.getOrDefault("KNALLER_EMULATOR_TAP_CHECK", "off")));
  }

  private static Profile profile(String value) {
    return Profile.named(value)
        .orElseThrow(
            () -> bad("KNALLER_EMULATOR_VERSION", value, "one of 1.7.0, 1.10.1, 1.13.1, 1.16.1"));
  }

  private static CtrlAltDelBehaviour ctrlAltDel(String value) {
    return switch (value) {
      case "exit" -> CtrlAltDelBehaviour.EXIT;
      case "ignore" -> CtrlAltDelBehaviour.IGNORE;
      default -> throw bad("KNALLER_EMULATOR_CTRL_ALT_DEL", value, "exit or ignore");
    };
  }

  private static OptionalInt crashExit(Optional<String> value) {
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    long code = number("KNALLER_EMULATOR_CRASH_EXIT", value.get());
    if (code > 255) {
      throw bad("KNALLER_EMULATOR_CRASH_EXIT", value.get(), "an exit code from 0 to 255");
    }
    return OptionalInt.of((int) code);
  }

  private static boolean onOff(String value) {
    return switch (value) {
      case "on" -> true;
      case "off" -> false;
      default -> throw bad("KNALLER_EMULATOR_TAP_CHECK", value, "on or off");
    };
  }

  static long number(String variable, String value) {
    if (!value.matches("[0-9]{1,9}")) {
      throw bad(variable, value, "a non-negative whole number");
    }
    return Long.parseLong(value);
  }

  static IllegalArgumentException bad(String variable, String value, String accepted) {
    return new IllegalArgumentException(
        variable + "='" + value + "' is not valid; set it to " + accepted + " or unset it");
  }
}
