package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The hook's part of a signal, run by hand: no signal is sent to the test JVM. */
class SignalInterrupterTest {
  private final CountDownLatch interrupted = new CountDownLatch(1);
  private final CountDownLatch mayClose = new CountDownLatch(1);
  private final CompletableFuture<SignalInterrupter> opened = new CompletableFuture<>();

  @Test
  void aSignalInterruptsTheOwnerAndWaitsUntilItHasClosed() throws Exception {
    Thread owner = Thread.ofPlatform().start(this::ownerBlockingUntilInterrupted);
    SignalInterrupter interrupter = opened.get(10, TimeUnit.SECONDS);
    Thread hook = Thread.ofPlatform().start(interrupter::interruptOwnerAndWait);

    assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("owner interrupted").isTrue();
    assertThat(awaitState(hook, Thread.State.TIMED_WAITING))
        .as("the hook waits for the owner's close")
        .isTrue();
    mayClose.countDown();
    hook.join(Duration.ofSeconds(10));
    owner.join(Duration.ofSeconds(10));

    assertThat(hook.isAlive()).as("the hook returned after the close").isFalse();
    assertThat(owner.isAlive()).isFalse();
  }

  private void ownerBlockingUntilInterrupted() {
    try (SignalInterrupter interrupter =
        SignalInterrupter.forCurrentThread(Duration.ofMinutes(1))) {
      opened.complete(interrupter);
      try {
        new CountDownLatch(1).await(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        interrupted.countDown();
        awaitQuietly(mayClose);
      }
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean awaitState(Thread thread, Thread.State state) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(10);
    while (thread.getState() != state && thread.isAlive() && Instant.now().isBefore(deadline)) {
      Thread.sleep(10);
    }
    return thread.getState() == state;
  }
}
