package dev.knaller.emulator.backend;

import dev.knaller.emulator.backend.qemu.QemuBackend;
import java.time.Duration;
import java.util.Map;

/** Picks the backend named by {@code KNALLER_EMULATOR_BACKEND}. */
public final class BackendFactory {
  private BackendFactory() {}

  /**
   * Returns the backend for {@code name}: the simulated guest, or a real one booted by QEMU.
   *
   * @param environment the emulator's environment (a map, so in-process runs can set it); a backend
   *     reads any knobs of its own from here, never from {@code System.getenv}
   * @throws IllegalArgumentException for an unknown name
   */
  public static GuestBackend create(
      String name,
      CtrlAltDelBehaviour ctrlAltDel,
      Duration ctrlAltDelDelay,
      Map<String, String> environment) {
    return switch (name) {
      case "simulated" -> new SimulatedBackend(ctrlAltDel, ctrlAltDelDelay);
      case "qemu" -> new QemuBackend(environment);
      default ->
          throw new IllegalArgumentException(
              "unknown backend '" + name + "'; use simulated or qemu");
    };
  }
}
