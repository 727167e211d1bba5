package dev.knaller.emulator.backend.qemu;

import dev.knaller.emulator.backend.GuestOperationException;
import dev.knaller.emulator.backend.RunningGuest;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/** The emulator's handle on a QEMU guest: each API action becomes a QMP command. */
final class QemuGuest implements RunningGuest {
  private final QemuProcess process;

  QemuGuest(QemuProcess process) {
    this.process = process;
  }

  @Override
  public void sendCtrlAltDel() throws GuestOperationException {
    run(Action.CTRL_ALT_DEL);
  }

  @Override
  public void pause() throws GuestOperationException {
    run(Action.PAUSE);
  }

  @Override
  public void resume() throws GuestOperationException {
    run(Action.RESUME);
  }

  @Override
  public CompletableFuture<Integer> exit() {
    return process.exit();
  }

  @Override
  public void kill() {
    process.kill();
  }

  private enum Action {
    CTRL_ALT_DEL,
    PAUSE,
    RESUME
  }

  private void run(Action action) throws GuestOperationException {
    try {
      switch (action) {
        case CTRL_ALT_DEL -> process.sendCtrlAltDel();
        case PAUSE -> process.pause();
        case RESUME -> process.resume();
      }
    } catch (IOException e) {
      throw new GuestOperationException(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GuestOperationException("interrupted during " + action);
    }
  }
}
