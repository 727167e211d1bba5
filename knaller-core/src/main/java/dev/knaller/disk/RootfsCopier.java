package dev.knaller.disk;

import dev.knaller.process.CommandResult;
import dev.knaller.process.CommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Makes a VM's private copy of the base rootfs, cheaply and atomically.
 *
 * <p>The copy is {@code cp --reflink=auto --sparse=always}: on btrfs or XFS it shares the extents
 * (milliseconds for any size); elsewhere it writes only the data and keeps holes as holes, so a 2
 * GiB image with 65 MiB of data takes about 65 MiB. The JDK cannot do that: {@code Files.copy} uses
 * copy_file_range, which fills holes on ext4, and Java has no SEEK_DATA.
 *
 * <p>cp writes to a temporary file beside the target, which is renamed onto the target only after
 * cp succeeded. rename(2) within one directory is atomic, so the target either does not exist or is
 * complete; on any failure the temporary file is deleted.
 */
public final class RootfsCopier {
  /** Generous: a dense 20 GiB image on a slow disk still fits. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

  private final CommandRunner runner;
  private final Duration timeout;

  public RootfsCopier(CommandRunner runner, Duration timeout) {
    this.runner = runner;
    this.timeout = timeout;
  }

  /** Returns a copier running the real {@code cp} with {@link #DEFAULT_TIMEOUT}. */
  public static RootfsCopier system() {
    return new RootfsCopier(CommandRunner.system(), DEFAULT_TIMEOUT);
  }

  /** Returns the argv that copies {@code source} to {@code destination}. */
  public static List<String> copyCommand(Path source, Path destination) {
    return List.of(
        "cp", "--reflink=auto", "--sparse=always", "--", source.toString(), destination.toString());
  }

  /**
   * Copies {@code source} to {@code target}, replacing a target left by an earlier run.
   *
   * @throws RootfsCopyException naming the failed step; no file is left at or beside the target
   */
  public void copy(Path source, Path target) throws RootfsCopyException, InterruptedException {
    requireRegularFile(source, target);
    Path temporary = createTemporary(source, target);
    try {
      runCopy(source, temporary, target);
      rename(source, temporary, target);
    } finally {
      deleteQuietly(temporary);
    }
  }

  private static void requireRegularFile(Path source, Path target) throws RootfsCopyException {
    if (!Files.isRegularFile(source)) {
      throw new RootfsCopyException(
          "check source", source, target, "the base rootfs is missing or not a regular file");
    }
  }

  private static Path createTemporary(Path source, Path target) throws RootfsCopyException {
    try {
      // A leading dot keeps it out of plain listings; the VM dir is private to one start.
      return Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
    } catch (IOException e) {
      throw new RootfsCopyException("create temporary file", source, target, e.toString(), e);
    }
  }

  private void runCopy(Path source, Path temporary, Path target)
      throws RootfsCopyException, InterruptedException {
    CommandResult result;
    try {
      result = runner.run(copyCommand(source, temporary), timeout);
    } catch (IOException e) {
      throw new RootfsCopyException("cp", source, target, e.getMessage(), e);
    }
    if (!result.succeeded()) {
      String detail = "cp exited with " + result.exitCode() + ": " + result.stderr().strip();
      throw new RootfsCopyException("cp", source, target, detail);
    }
  }

  private static void rename(Path source, Path temporary, Path target) throws RootfsCopyException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new RootfsCopyException("rename", source, target, e.toString(), e);
    }
  }

  private static void deleteQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // Rare (the directory vanished, say); the leftover is a dot-file, never the target name.
    }
  }
}
