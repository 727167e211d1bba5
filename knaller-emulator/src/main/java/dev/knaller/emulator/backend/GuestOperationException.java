package dev.knaller.emulator.backend;

/** A runtime operation (pause, resume, Ctrl+Alt+Del) failed; the message is the VMM error. */
public final class GuestOperationException extends Exception {
  public GuestOperationException(String message) {
    super(message);
  }
}
