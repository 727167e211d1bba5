package dev.knaller.bench;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A blocking Unix socket server with one platform thread per connection, for the benchmark's
 * doubles. Closing it closes the listener and every connection, and unlinks the socket file.
 */
final class UnixServer implements AutoCloseable {
  /** Serves one connection until the peer goes away. */
  interface Handler {
    void serve(SocketChannel connection) throws IOException;
  }

  private final Path socket;
  private final ServerSocketChannel listener;
  private final Handler handler;
  private final List<SocketChannel> connections = new CopyOnWriteArrayList<>();

  private UnixServer(Path socket, Handler handler) throws IOException {
    this.socket = socket;
    this.listener = Channels.listen(socket);
    this.handler = handler;
  }

  static UnixServer start(Path socket, Handler handler) throws IOException {
    UnixServer server = new UnixServer(socket, handler);
    Thread.ofPlatform().daemon().name("bench-accept").start(server::acceptLoop);
    return server;
  }

  Path socket() {
    return socket;
  }

  private void acceptLoop() {
    try {
      while (true) {
        SocketChannel connection = listener.accept();
        connections.add(connection);
        Thread.ofPlatform().daemon().name("bench-serve").start(() -> serve(connection));
      }
    } catch (IOException closed) {
      // The listener was closed: the server is shutting down.
    }
  }

  private void serve(SocketChannel connection) {
    try (connection) {
      handler.serve(connection);
    } catch (ClosedChannelException | java.io.EOFException gone) {
      // The client hung up or the server is closing: the normal end of a connection.
    } catch (IOException e) {
      System.err.println("bench server on " + socket + ": " + e);
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (SocketChannel connection : connections) {
      connection.close();
    }
    Files.deleteIfExists(socket);
  }
}
