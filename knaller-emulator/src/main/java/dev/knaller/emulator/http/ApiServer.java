package dev.knaller.emulator.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A micro_http-like server on a bound Unix socket, on one thread.
 *
 * <ul>
 *   <li>At most {@value #MAX_CONNECTIONS} connections; the next one gets the raw 503 and a close.
 *   <li>It never closes a connection itself; {@code Connection: close} is ignored.
 *   <li>Requests from all connections run one at a time on this thread, so a slow one stalls all.
 *   <li>A peer that half-closes has its unread request and unsent responses dropped silently
 *       (micro_http checks the hang-up flag before it reads).
 * </ul>
 *
 * On {@link #stop()} it flushes pending responses, then closes the listener without unlinking it.
 */
public final class ApiServer {
  public static final int MAX_CONNECTIONS = 10;
  private static final long FLUSH_BUDGET_NANOS = 2_000_000_000L;
  private final ServerSocketChannel listener;
  private final Selector selector;
  private final RequestHandler handler;
  private final long payloadLimit;
  private final boolean deleteSupported;
  private final List<Connection> connections = new ArrayList<>();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final ByteBuffer staging = ByteBuffer.allocate(64 * 1024);

  public ApiServer(
      ServerSocketChannel listener,
      RequestHandler handler,
      long payloadLimit,
      boolean deleteSupported)
      throws IOException {
    this.listener = listener;
    this.selector = Selector.open();
    this.handler = handler;
    this.payloadLimit = payloadLimit;
    this.deleteSupported = deleteSupported;
    listener.configureBlocking(false);
    listener.register(selector, SelectionKey.OP_ACCEPT);
  }

  /** Asks the loop to finish; safe from any thread. */
  public void stop() {
    stopping.set(true);
    selector.wakeup();
  }

  /** Serves until {@link #stop()}, then flushes and closes. */
  public void run() throws IOException {
    while (!stopping.get()) {
      selector.select();
      for (var key : selector.selectedKeys()) {
        dispatch(key);
      }
      selector.selectedKeys().clear();
    }
    shutDown();
  }

  private void dispatch(SelectionKey key) throws IOException {
    if (!key.isValid()) {
      return;
    }
    if (key.isAcceptable()) {
      accept();
      return;
    }
    var connection = (Connection) key.attachment();
    if (key.isReadable()) {
      read(key, connection);
    }
    if (key.isValid() && key.isWritable()) {
      write(key, connection);
    }
  }

  private void accept() throws IOException {
    SocketChannel channel = listener.accept();
    if (channel == null) {
      return;
    }
    if (connections.size() >= MAX_CONNECTIONS) {
      refuse(channel);
      return;
    }
    channel.configureBlocking(false);
    var connection = new Connection(channel, new RequestParser(payloadLimit, deleteSupported));
    connections.add(connection);
    channel.register(selector, SelectionKey.OP_READ, connection);
  }

  private static void refuse(SocketChannel channel) {
    try (channel) {
      channel.write(ByteBuffer.wrap(HttpResponse.tooManyConnections()));
    } catch (IOException e) {
      // The refused peer left first; micro_http does not care either.
    }
  }

  private void read(SelectionKey key, Connection connection) throws IOException {
    staging.clear();
    if (drain(connection) < 0) {
      drop(key, connection);
      return;
    }
    staging.flip();
    while (staging.hasRemaining() && !stopping.get()) {
      serveOneRead(connection);
    }
    write(key, connection);
  }

  /** Reads everything available; returns -1 when the peer hung up (or the read failed). */
  private int drain(Connection connection) {
    try {
      int total = 0;
      while (staging.hasRemaining()) {
        int n = connection.channel().read(staging);
        if (n < 0) {
          return -1;
        }
        if (n == 0) {
          return total;
        }
        total += n;
      }
      return total;
    } catch (IOException e) {
      return -1;
    }
  }

  /** Feeds micro_http one read's worth (at most what its 1024-byte buffer has room for). */
  private void serveOneRead(Connection connection) {
    int length = Math.min(staging.remaining(), connection.parser().readCapacity());
    byte[] chunk = new byte[length];
    staging.get(chunk);
    for (var event : connection.parser().feed(chunk, 0, length)) {
      connection.enqueue(answer(event));
    }
  }

  private byte[] answer(ParseEvent event) {
    return switch (event) {
      case ParseEvent.Request r -> handler.handle(r.request()).encode();
      case ParseEvent.Continue c -> HttpResponse.continueFor(c.version());
      case ParseEvent.Failure f -> HttpResponse.transportError(f.message()).encode();
    };
  }

  private void write(SelectionKey key, Connection connection) {
    try {
      boolean done = connection.flush();
      key.interestOps(done ? SelectionKey.OP_READ : SelectionKey.OP_READ | SelectionKey.OP_WRITE);
    } catch (IOException e) {
      // micro_http drops a connection whose write fails.
      drop(key, connection);
    }
  }

  private void drop(SelectionKey key, Connection connection) {
    key.cancel();
    connection.close();
    connections.remove(connection);
  }

  private void shutDown() throws IOException {
    long deadline = System.nanoTime() + FLUSH_BUDGET_NANOS;
    for (var connection : connections) {
      flushBlocking(connection, deadline);
      connection.close();
    }
    connections.clear();
    selector.close();
    listener.close();
  }

  private static void flushBlocking(Connection connection, long deadline) {
    try {
      while (!connection.flush() && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
    } catch (IOException e) {
      // The peer went away; its responses cannot be delivered.
    }
  }
}
