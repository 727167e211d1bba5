package dev.knaller.emulator.api;

/** The microVM state as {@code GET /} reports it. */
enum VmPhase {
  NOT_STARTED("Not started"),
  RUNNING("Running"),
  PAUSED("Paused");

  private final String display;

  VmPhase(String display) {
    this.display = display;
  }

  String display() {
    return display;
  }
}
