package dev.knaller.emulator.backend;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The default backend: no guest runs. Start, pause and resume succeed at once; Ctrl+Alt+Del makes
 * the "guest" reboot after a delay (process exit 0) or is ignored, as configured. Nothing is
 * written to the serial console.
 */
public final class SimulatedBackend implements GuestBackend {
  private final CtrlAltDelBehaviour ctrlAltDel;
  private final Duration ctrlAltDelDelay;

  public SimulatedBackend(CtrlAltDelBehaviour ctrlAltDel, Duration ctrlAltDelDelay) {
    this.ctrlAltDel = ctrlAltDel;
    this.ctrlAltDelDelay = ctrlAltDelDelay;
  }

  @Override
  public RunningGuest start(GuestSpec spec) {
    return new SimulatedGuest();
  }

  private final class SimulatedGuest implements RunningGuest {
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private boolean paused;
    private boolean rebootPending;

    @Override
    public synchronized void sendCtrlAltDel() {
      if (ctrlAltDel == CtrlAltDelBehaviour.EXIT) {
        rebootPending = true;
        scheduleReboot();
      }
    }

    /** A paused guest cannot act on the keys; it does once its vCPUs run again. */
    private void scheduleReboot() {
      if (rebootPending && !paused) {
        rebootPending = false;
        // The guest reboots through the i8042 reset (reboot=k); Firecracker exits with Ok.
        Thread.ofPlatform().daemon().name("simulated-guest-reboot").start(this::rebootLater);
      }
    }

    private void rebootLater() {
      try {
        Thread.sleep(ctrlAltDelDelay);
        exit.complete(0);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public synchronized void pause() {
      paused = true;
    }

    @Override
    public synchronized void resume() {
      paused = false;
      scheduleReboot();
    }

    @Override
    public CompletableFuture<Integer> exit() {
      return exit;
    }

    @Override
    public void kill() {
      exit.cancel(false);
    }
  }
}
