package dev.knaller.process;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a child's stdout or stderr goes once drained. Opened once per stream, closed at its end.
 */
@FunctionalInterface
public interface OutputSink {
  OutputStream open() throws IOException;

  /** Drops everything (the pipe is still drained, so the child never blocks on a full pipe). */
  static OutputSink discard() {
    return OutputStream::nullOutputStream;
  }

  /** Appends to {@code file}, creating it when missing. */
  static OutputSink appendTo(Path file) {
    return () -> Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /**
   * Forwards to {@code stream}, flushing after each chunk, and leaves it open at the end: meant for
   * the parent's {@code System.err} in verbose mode.
   */
  static OutputSink forwardTo(OutputStream stream) {
    return () ->
        new FilterOutputStream(stream) {
          @Override
          public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            out.flush();
          }

          @Override
          public void close() throws IOException {
            out.flush();
          }
        };
  }
}
