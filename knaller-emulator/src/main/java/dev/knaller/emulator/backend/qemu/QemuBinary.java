package dev.knaller.emulator.backend.qemu;

import dev.knaller.emulator.backend.GuestStartException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Finds QEMU and picks the accelerator from the environment knobs of {@link QemuBackend}. */
final class QemuBinary {
  static final String BINARY_VARIABLE = "KNALLER_EMULATOR_QEMU";
  static final String ACCEL_VARIABLE = "KNALLER_EMULATOR_QEMU_ACCEL";
  private static final String PROGRAM = "qemu-system-x86_64";

  private QemuBinary() {}

  static Path find(Map<String, String> environment) throws GuestStartException {
    String given = environment.getOrDefault(BINARY_VARIABLE, "");
    if (!given.isEmpty()) {
      return requireExecutable(Path.of(given), BINARY_VARIABLE + "=" + given);
    }
    for (String directory : environment.getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
      Path candidate = Path.of(directory.isEmpty() ? "." : directory, PROGRAM);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new GuestStartException(
        "qemu backend: "
            + PROGRAM
            + " is not on PATH; install it"
            + " (apt-get install qemu-system-x86) or set "
            + BINARY_VARIABLE
            + " to its path");
  }

  static Accelerator accelerator(Map<String, String> environment) throws GuestStartException {
    String choice = environment.getOrDefault(ACCEL_VARIABLE, "auto").toLowerCase(Locale.ROOT);
    return switch (choice) {
      case "auto", "" -> Accelerator.probe(Path.of("/dev/kvm"));
      case "kvm" -> Accelerator.KVM;
      case "tcg" -> Accelerator.TCG;
      default ->
          throw new GuestStartException(
              "qemu backend: " + ACCEL_VARIABLE + "=" + choice + " is not one of auto, kvm, tcg");
    };
  }

  private static Path requireExecutable(Path binary, String source) throws GuestStartException {
    if (!Files.isExecutable(binary)) {
      throw new GuestStartException("qemu backend: " + source + " is not an executable file");
    }
    return binary;
  }
}
