package dev.knaller.process;

import java.time.Duration;

/**
 * Stops a process by escalation: SIGTERM ({@link ProcessHandle#destroy()}), a bounded wait, then
 * SIGKILL ({@link ProcessHandle#destroyForcibly()}) and another bounded wait. Works for processes
 * this JVM did not start, such as a VM found by {@code stop} from another terminal; the JDK checks
 * the process start time, so a reused PID is not signalled.
 */
public final class ProcessStopper {
  private ProcessStopper() {}

  /** Stops {@code process}, waiting at most {@code termGrace} and then {@code killGrace}. */
  public static StopOutcome stop(ProcessHandle process, Duration termGrace, Duration killGrace)
      throws InterruptedException {
    if (ProcessExit.hasEnded(process)) {
      return StopOutcome.ALREADY_EXITED;
    }
    process.destroy();
    if (awaitExit(process, termGrace)) {
      return StopOutcome.TERMINATED;
    }
    process.destroyForcibly();
    return awaitExit(process, killGrace) ? StopOutcome.KILLED : StopOutcome.STILL_RUNNING;
  }

  /**
   * Waits at most {@code timeout} for {@code process} to exit; returns whether it did. A zombie has
   * exited (see {@link ProcessExit}).
   */
  public static boolean awaitExit(ProcessHandle process, Duration timeout)
      throws InterruptedException {
    return ProcessExit.await(process, timeout);
  }
}
