package dev.knaller.disk;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * Describes a failed file operation for a user. The JDK's {@code NoSuchFileException}, {@code
 * AccessDeniedException} and their siblings carry only the path as their message; this names what
 * went wrong with it and what to do. knaller's own files all live under its data directory, so the
 * remedies mention {@code XDG_DATA_HOME}.
 */
public final class FileProblem {
  private static final String ELSEWHERE = "set XDG_DATA_HOME to a directory you own";

  private FileProblem() {}

  /** Returns "path: what is wrong; remedy", or the exception's own message when it has a reason. */
  public static String describe(IOException e) {
    if (!(e instanceof FileSystemException failure) || failure.getReason() != null) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return failure.getFile() + ": " + what(failure);
  }

  private static String what(FileSystemException e) {
    return switch (e) {
      case AccessDeniedException denied ->
          "permission denied; make it writable by you, or " + ELSEWHERE;
      case NoSuchFileException missing ->
          "does not exist (nor can it be created there); create it, or " + ELSEWHERE;
      case FileAlreadyExistsException exists ->
          "is in the way (it exists, but not as the directory or file knaller needs); move it"
              + " away, or "
              + ELSEWHERE;
      case NotDirectoryException notDirectory ->
          "is not a directory, or a directory above it is a file; move that file away, or "
              + ELSEWHERE;
      case DirectoryNotEmptyException notEmpty ->
          "is a directory that is not empty, where knaller expected its own file; knaller leaves"
              + " it alone: move it away";
      case NotLinkException notLink -> "is not a symbolic link";
      default -> "failed (" + e.getClass().getSimpleName() + ")";
    };
  }
}
