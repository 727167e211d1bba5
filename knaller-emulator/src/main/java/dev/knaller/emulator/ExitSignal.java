package dev.knaller.emulator;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** The first exit request wins; waiters and the server learn about it. */
final class ExitSignal {
  private static final int NONE = -1;
  private final AtomicInteger code = new AtomicInteger(NONE);
  private final CountDownLatch requested = new CountDownLatch(1);
  private volatile Runnable onRequest = () -> {};

  void onRequest(Runnable action) {
    this.onRequest = action;
    if (requested.getCount() == 0) {
      action.run();
    }
  }

  void request(int exitCode) {
    if (code.compareAndSet(NONE, exitCode)) {
      requested.countDown();
      onRequest.run();
    }
  }

  int await() throws InterruptedException {
    requested.await();
    return code.get();
  }

  int code() {
    return code.get();
  }
}
