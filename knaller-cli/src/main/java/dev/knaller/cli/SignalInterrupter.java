package dev.knaller.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl+C (SIGINT) and SIGTERM into an interrupt of the thread that opened it, and holds the
 * JVM's exit until that thread has closed it, so the thread unwinds in order first: a VM stops, an
 * image build's tools end and its staging directory goes.
 *
 * <p>On those signals the JVM runs its shutdown hooks and halts as soon as they return; nothing
 * else unwinds. A {@code System.exit} called while the hooks run blocks, so the process then ends
 * with the signal's status (128 + N), whatever the command returned. Close it only after the thread
 * has said what happened, or the JVM may halt before the message is out.
 */
final class SignalInterrupter implements AutoCloseable {
  private final Thread owner;
  private final Duration maxWait;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Thread hook = new Thread(this::interruptOwnerAndWait, "knaller-signal");

  private SignalInterrupter(Thread owner, Duration maxWait) {
    this.owner = owner;
    this.maxWait = maxWait;
  }

  /** Installs the hook for the calling thread; a signal waits at most {@code maxWait} for it. */
  static SignalInterrupter forCurrentThread(Duration maxWait) {
    SignalInterrupter interrupter = new SignalInterrupter(Thread.currentThread(), maxWait);
    Runtime.getRuntime().addShutdownHook(interrupter.hook);
    return interrupter;
  }

  /** What the hook does on a signal: interrupt the owner, then wait for its close. */
  void interruptOwnerAndWait() {
    owner.interrupt();
    try {
      closed.await(maxWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Lets a waiting hook return, and removes the hook if the JVM is not shutting down yet. */
  @Override
  public void close() {
    closed.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The shutdown has begun: the hook is running or has run, and may not be removed.
    }
  }
}
