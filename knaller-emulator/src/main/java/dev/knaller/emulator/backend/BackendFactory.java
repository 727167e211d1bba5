package dev.knaller.emulator.backend;

import java.time.Duration;
import java.util.Map;

/** Picks the backend named by {@code KNALLER_EMULATOR_BACKEND}. */
public final class BackendFactory {
  private BackendFactory() {}

  /**
   * Returns the backend for {@code name}; the QEMU helper (#4) plugs its backend in here.
   *
   * @param environment the emulator's environment (a map, so in-process runs can set it); a backend
   *     reads any knobs of its own from here, never from {@code System.getenv}
   * @throws IllegalArgumentException for an unknown name or a backend not built yet
   */
  public static GuestBackend create(
      String name,
      CtrlAltDelBehaviour ctrlAltDel,
      Duration ctrlAltDelDelay,
      Map<String, String> environment) {
    return switch (name) {
      case "simulated" -> new SimulatedBackend(ctrlAltDel, ctrlAltDelDelay);
      // TODO(#4): a QemuBackend that boots the configured kernel, drives and TAPs.
      case "qemu" -> throw new IllegalArgumentException("qemu backend not built yet (#4)");
      default ->
          throw new IllegalArgumentException(
              "unknown backend '" + name + "'; use simulated or qemu");
    };
  }
}
