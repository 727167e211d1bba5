package dev.knaller.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether a process has ended, for every wait on a process's end. {@link ProcessHandle#isAlive()}
 * counts a zombie as alive: a process that has exited but whose parent has not reaped it yet (for
 * pasta, a {@code knaller start} stopped by SIGSTOP) keeps its PID and start time, so the JDK's
 * checks and {@link ProcessHandle#onExit()} of a process that is not our child see it running until
 * the parent waits for it. A zombie runs no code, holds no socket and no file, and only its parent
 * can make it go, so here it counts as ended: state {@code Z} in {@code /proc/<pid>/stat}.
 */
public final class ProcessExit {
  // onExit() of a process that is not our child polls too; a zombie never completes it.
  private static final Duration POLL = Duration.ofMillis(20);
  private static final Path PROC = Path.of("/proc");

  private ProcessExit() {}

  /** True when {@code process} has exited, reaped or a zombie. */
  public static boolean hasEnded(ProcessHandle process) {
    return !process.isAlive() || isZombie(PROC, process.pid());
  }

  /** Waits at most {@code timeout} for {@code process} to end; returns whether it did. */
  public static boolean await(ProcessHandle process, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!hasEnded(process)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      awaitOnExit(process, Math.min(left, POLL.toNanos()));
    }
    return true;
  }

  /**
   * True when {@code /proc/<pid>/stat} under {@code procRoot} says state {@code Z}: the first field
   * after the ")" that closes the command name (which may itself hold spaces and ")").
   */
  static boolean isZombie(Path procRoot, long pid) {
    try {
      String stat = Files.readString(procRoot.resolve(Long.toString(pid)).resolve("stat"));
      int close = stat.lastIndexOf(')');
      return close >= 0 && stat.startsWith(" Z", close + 1);
    } catch (IOException e) {
      // Gone from /proc (reaped) or unreadable: the JDK's answer stands.
      return false;
    }
  }

  private static void awaitOnExit(ProcessHandle process, long nanos) throws InterruptedException {
    try {
      process.onExit().get(nanos, TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // Not ended yet, or not watchable: the next round asks /proc again.
    }
  }
}
