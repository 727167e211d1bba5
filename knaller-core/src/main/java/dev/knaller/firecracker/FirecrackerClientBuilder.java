package dev.knaller.firecracker;

import java.nio.file.Path;
import java.time.Duration;

/** Settings for a {@link FirecrackerClient}: socket, timeouts, and the version if known. */
public final class FirecrackerClientBuilder {
  final Path socket;
  Duration connectTimeout = FirecrackerClient.DEFAULT_CONNECT_TIMEOUT;
  Duration readTimeout = FirecrackerClient.DEFAULT_READ_TIMEOUT;
  FirecrackerVersion version;

  FirecrackerClientBuilder(Path socket) {
    this.socket = socket;
  }

  /** Bounds each connect. */
  public FirecrackerClientBuilder connectTimeout(Duration value) {
    connectTimeout = value;
    return this;
  }

  /** Bounds each request: writing it and reading the whole response. */
  public FirecrackerClientBuilder readTimeout(Duration value) {
    readTimeout = value;
    return this;
  }

  /** The server's version, if known (e.g. from {@link FirecrackerVersion#ofBinary}). */
  public FirecrackerClientBuilder version(FirecrackerVersion value) {
    version = value;
    return this;
  }

  /** Returns the client; it connects on first use. */
  public FirecrackerClient build() {
    return new FirecrackerClient(this);
  }
}
