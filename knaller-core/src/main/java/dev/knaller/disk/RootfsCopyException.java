package dev.knaller.disk;

import java.nio.file.Path;

/**
 * The per-VM rootfs copy failed. Nothing was left at the target: no partial file a later start
 * could boot from.
 */
public final class RootfsCopyException extends Exception {
  private final String step;
  private final Path source;
  private final Path target;
  private final String detail;

  public RootfsCopyException(
      String step, Path source, Path target, String detail, Throwable cause) {
    super(message(step, source, target, detail), cause);
    this.step = step;
    this.source = source;
    this.target = target;
    this.detail = detail;
  }

  public RootfsCopyException(String step, Path source, Path target, String detail) {
    this(step, source, target, detail, null);
  }

  /** The step that failed: checking the source, creating the temporary file, cp, or the rename. */
  public String step() {
    return step;
  }

  public Path source() {
    return source;
  }

  public Path target() {
    return target;
  }

  /** What the step reported: cp's exit code and stderr, or the I/O error. */
  public String detail() {
    return detail;
  }

  private static String message(String step, Path source, Path target, String detail) {
    return "copying the rootfs "
        + source
        + " to "
        + target
        + " failed at step '"
        + step
        + "': "
        + detail;
  }
}
