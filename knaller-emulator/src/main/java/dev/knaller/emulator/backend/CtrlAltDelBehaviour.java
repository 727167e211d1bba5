package dev.knaller.emulator.backend;

/** What the simulated guest does on Ctrl+Alt+Del ({@code KNALLER_EMULATOR_CTRL_ALT_DEL}). */
public enum CtrlAltDelBehaviour {
  /** It reboots; with {@code reboot=k} Firecracker then exits 0. */
  EXIT,
  /** It ignores the keys (no i8042 driver or no handler); nothing happens. */
  IGNORE
}
