package dev.knaller.firecracker;

import java.nio.file.Path;

/**
 * Nobody listens on the API socket: the file is missing (not bound yet, or never started) or the
 * connect was refused (Firecracker never unlinks its socket, so a refused file is a dead process).
 */
public final class FirecrackerNotListeningException extends FirecrackerException {
  private final Path socket;
  private final boolean socketMissing;

  /** Creates the exception for {@code socket}. */
  public FirecrackerNotListeningException(Path socket, boolean socketMissing, Throwable cause) {
    super(describe(socket, socketMissing), cause);
    this.socket = socket;
    this.socketMissing = socketMissing;
  }

  /** The API socket path. */
  public Path socket() {
    return socket;
  }

  /** True when the socket file does not exist; false when connect(2) was refused. */
  public boolean socketMissing() {
    return socketMissing;
  }

  private static String describe(Path socket, boolean socketMissing) {
    return socketMissing
        ? "no Firecracker API socket at " + socket + " (not started, or not bound yet)"
        : "nobody is listening on the Firecracker API socket "
            + socket
            + " (connection refused): the process that bound it is gone; remove the stale file";
  }
}
