package dev.knaller.vm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What a start has created, as undo actions in order of creation. Unwinding runs them newest first,
 * so a process is stopped before the directory it writes to is removed. Each undo runs at most
 * once; one that fails does not keep the others from running.
 */
public final class UndoStack {
  /** One undo action. */
  @FunctionalInterface
  public interface Undo {
    void run() throws Exception;
  }

  private record Entry(String description, Undo undo) {}

  private static final System.Logger LOG = System.getLogger(UndoStack.class.getName());

  private final Deque<Entry> entries = new ArrayDeque<>();

  /** Registers the undo of something just created, described for the log. */
  public synchronized void push(String description, Undo undo) {
    entries.push(new Entry(description, undo));
  }

  public synchronized boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * Runs every registered undo, newest first, and forgets it. Returns the failures (also logged) so
   * a caller can attach them to the exception that made it unwind.
   */
  public List<Exception> unwind() {
    List<Exception> failures = new ArrayList<>();
    // Cleanup waits for processes to exit; a pending interrupt would cut every wait short.
    boolean interrupted = Thread.interrupted();
    for (Entry entry = pop(); entry != null; entry = pop()) {
      try {
        LOG.log(System.Logger.Level.DEBUG, "undo: {0}", entry.description());
        entry.undo().run();
      } catch (InterruptedException e) {
        // Keep cleaning up; an interrupted cleanup would leave processes and files behind.
        interrupted = true;
      } catch (Exception e) {
        LOG.log(System.Logger.Level.WARNING, "undo failed: {0}: {1}", entry.description(), e);
        failures.add(e);
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return failures;
  }

  private synchronized Entry pop() {
    return entries.pollFirst();
  }
}
