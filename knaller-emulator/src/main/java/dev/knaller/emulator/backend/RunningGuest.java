package dev.knaller.emulator.backend;

import java.util.concurrent.CompletableFuture;

/** A started guest; see {@link GuestBackend} for when each method is called. */
public interface RunningGuest {

  /**
   * Injects Ctrl+Alt+Del. Returns at once; what the guest does about it shows later through {@link
   * #exit()}. Throw to make the API answer {@code 400 Internal VMM error: <message>}.
   */
  void sendCtrlAltDel() throws GuestOperationException;

  /** Stops the vCPUs; returns once they are stopped. */
  void pause() throws GuestOperationException;

  /** Runs the vCPUs again. */
  void resume() throws GuestOperationException;

  /** Completes with the process exit code when the guest ends the VM by itself. */
  CompletableFuture<Integer> exit();

  /** Ends the guest immediately (the emulator is exiting). Idempotent. */
  void kill();
}
