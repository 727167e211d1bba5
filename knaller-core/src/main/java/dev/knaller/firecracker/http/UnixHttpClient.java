package dev.knaller.firecracker.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;

/**
 * HTTP/1.1 over a Unix domain socket with one kept-alive connection, on the JDK alone ({@code
 * java.net.http} cannot dial a Unix socket).
 *
 * <p>The connection is dropped and redialled on the next call after anything that leaves
 * micro_http's parser in an unknown state: any transport error, a 400 whose body starts with <code>
 * { "error":</code> (its transport-level error form), any 5xx, and stray bytes after a response.
 * Every call is bounded: the connect by the connect timeout, writing the request and reading the
 * whole response by the read timeout. Not thread-safe; the owner serialises calls.
 */
public final class UnixHttpClient implements AutoCloseable {
  private final Path socket;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private UnixConnection connection;

  /** Creates a client for {@code socket}; no connection is made until the first call. */
  public UnixHttpClient(Path socket, Duration connectTimeout, Duration readTimeout) {
    this.socket = socket;
    this.connectTimeout = positive(connectTimeout, "connect timeout");
    this.readTimeout = positive(readTimeout, "read timeout");
  }

  /** The socket this client dials. */
  public Path socket() {
    return socket;
  }

  /** Opens the connection now if none is open, so callers can wait for a server to listen. */
  public void connect() throws IOException {
    if (connection != null && !connection.isReusable()) {
      disconnect();
    }
    if (connection == null) {
      connection = UnixConnection.open(socket, connectTimeout);
    }
  }

  /**
   * Sends one request; {@code body} is JSON text or null for none.
   *
   * <p>A kept-alive connection the server has closed is only found out by using it. If a reused
   * connection fails before any response byte, the request is sent once more on a new one:
   * Firecracker never closes first, so that connection belonged to a server that is gone, and the
   * redial either reaches a live one or reports that nobody listens.
   */
  public HttpResponse send(String method, String path, String body) throws IOException {
    ByteBuffer[] request = RequestEncoder.encode(method, path, body);
    boolean reused = connection != null;
    try {
      return exchange(request);
    } catch (PeerClosedException ex) {
      if (!reused || ex.bytesReceived() > 0) {
        throw ex;
      }
      return exchange(RequestEncoder.encode(method, path, body));
    }
  }

  private HttpResponse exchange(ByteBuffer[] request) throws IOException {
    connect();
    try {
      ResponseParser parser = connection.exchange(request, readTimeout);
      HttpResponse response = parser.tryParse();
      if (parser.hasLeftover() || leavesConnectionBroken(response)) {
        disconnect();
      }
      return response;
    } catch (IOException | RuntimeException ex) {
      disconnect();
      throw ex;
    }
  }

  private static boolean leavesConnectionBroken(HttpResponse response) {
    boolean transportError = response.status() == 400 && response.body().startsWith("{ \"error\":");
    boolean closing = "close".equalsIgnoreCase(response.headers().get("connection"));
    return transportError || closing || response.status() >= 500;
  }

  /** Closes the connection, if any; the next call dials again. */
  public void disconnect() {
    if (connection != null) {
      try {
        connection.close();
      } catch (IOException ignored) {
        // Closing a Unix socket only fails if the fd is already gone; nothing is left to release.
      }
      connection = null;
    }
  }

  @Override
  public void close() {
    disconnect();
  }

  private static Duration positive(Duration timeout, String what) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, got " + timeout);
    }
    return timeout;
  }
}
