package dev.knaller.vm;

import dev.knaller.VmStartException;
import dev.knaller.disk.FileProblem;
import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;

/**
 * Runs start steps in order. When one fails, everything the earlier steps registered on the undo
 * stack is undone, newest first, and the failure is reported with the step's name; undo failures
 * are attached as suppressed exceptions, never thrown over the original.
 */
public final class StartSequence {
  private static final System.Logger LOG = System.getLogger(StartSequence.class.getName());

  private final String vmName;
  private final List<StartStep> steps;
  private final UndoStack undo;

  public StartSequence(String vmName, List<StartStep> steps, UndoStack undo) {
    this.vmName = vmName;
    this.steps = List.copyOf(steps);
    this.undo = undo;
  }

  /**
   * Runs every step.
   *
   * @throws VmStartException naming the first step that failed, after undoing the earlier ones
   * @throws InterruptedException when interrupted, also after undoing
   */
  public void run() throws VmStartException, InterruptedException {
    for (StartStep step : steps) {
      LOG.log(System.Logger.Level.DEBUG, "vm {0}: {1}", vmName, step.name());
      try {
        step.action().run();
      } catch (InterruptedException e) {
        undo.unwind();
        throw e;
      } catch (Exception e) {
        if (Thread.currentThread().isInterrupted()) {
          // Interrupted inside I/O (a closed-by-interrupt channel): report the interrupt.
          undo.unwind();
          throw interrupted(step, e);
        }
        throw failed(step, e);
      }
    }
  }

  private VmStartException failed(StartStep step, Exception cause) {
    List<Exception> undoFailures = undo.unwind();
    VmStartException failure =
        cause instanceof StepException stepFailure
            ? new VmStartException(
                step.name(),
                vmName,
                reason(stepFailure),
                stepFailure.exitStatus(),
                stepFailure.stderrTail(),
                stepFailure.getCause())
            : new VmStartException(
                step.name(), vmName, reason(cause), OptionalInt.empty(), "", cause);
    undoFailures.forEach(failure::addSuppressed);
    return failure;
  }

  private InterruptedException interrupted(StartStep step, Exception cause) {
    InterruptedException interrupted =
        new InterruptedException("start of vm " + vmName + " interrupted at step " + step.name());
    interrupted.initCause(cause);
    Thread.interrupted();
    return interrupted;
  }

  private static String reason(Exception cause) {
    if (cause instanceof IOException io) {
      return FileProblem.describe(io);
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}
