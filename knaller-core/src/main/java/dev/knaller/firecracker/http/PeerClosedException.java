package dev.knaller.firecracker.http;

import java.io.IOException;

/** The server closed or reset the connection before the response was complete. */
final class PeerClosedException extends IOException {
  private final int bytesReceived;

  PeerClosedException(int bytesReceived, Throwable cause) {
    super("connection closed after " + bytesReceived + " bytes of the response", cause);
    this.bytesReceived = bytesReceived;
  }

  /** How much of the response had arrived; 0 means the server never started answering. */
  int bytesReceived() {
    return bytesReceived;
  }
}
