package dev.knaller.firecracker.http;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Nobody listens on the socket: connect(2) failed with ECONNREFUSED, or the socket file is missing.
 *
 * <p>Firecracker never unlinks its socket, so a file with no server behind it (refused) means the
 * process is gone; a missing file means it has not bound yet or was never started.
 */
public final class NotListeningException extends IOException {
  private final Path socket;
  private final boolean socketMissing;

  /** Creates the exception for {@code socket}; {@code socketMissing} tells which case it was. */
  public NotListeningException(Path socket, boolean socketMissing, Throwable cause) {
    super(describe(socket, socketMissing), cause);
    this.socket = socket;
    this.socketMissing = socketMissing;
  }

  /** The socket path that was dialled. */
  public Path socket() {
    return socket;
  }

  /** True when the socket file did not exist; false when it exists but connect was refused. */
  public boolean socketMissing() {
    return socketMissing;
  }

  private static String describe(Path socket, boolean socketMissing) {
    return socketMissing
        ? "no socket file at " + socket
        : "nobody is listening on " + socket + " (connection refused)";
  }
}
