package dev.knaller.vm;

/**
 * One named step of a VM start. A step that creates something registers its undo on the start's
 * {@link UndoStack} right after creating it.
 *
 * @param name what the step does, as error messages quote it (for example {@code copy the rootfs})
 * @param action the work
 */
public record StartStep(String name, Action action) {
  /** The work of a step. */
  @FunctionalInterface
  public interface Action {
    void run() throws Exception;
  }
}
