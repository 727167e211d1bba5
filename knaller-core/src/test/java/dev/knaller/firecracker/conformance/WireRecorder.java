package dev.knaller.firecracker.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test double between client and server: a Unix socket relay that passes every byte through
 * unchanged and keeps a copy of each direction, so tests can see what went over the wire and how
 * many connections the client opened.
 */
final class WireRecorder implements AutoCloseable {
  private final ServerSocketChannel listener;
  private final Path upstream;
  private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();
  private final AtomicInteger connections = new AtomicInteger();
  private final List<SocketChannel> channels = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();

  private WireRecorder(ServerSocketChannel listener, Path upstream) {
    this.listener = listener;
    this.upstream = upstream;
  }

  /** Listens on {@code front} and relays each connection to {@code upstream}. */
  static WireRecorder between(Path front, Path upstream) throws IOException {
    var listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    listener.bind(UnixDomainSocketAddress.of(front));
    var recorder = new WireRecorder(listener, upstream);
    recorder.start("wire-recorder-accept", recorder::acceptLoop);
    return recorder;
  }

  /** Everything clients sent, all connections in order. */
  synchronized String sent() {
    return sent.toString(StandardCharsets.UTF_8);
  }

  /** Everything the server answered. */
  synchronized String received() {
    return received.toString(StandardCharsets.UTF_8);
  }

  /** Connections the client opened so far. */
  int connections() {
    return connections.get();
  }

  private void acceptLoop() {
    try {
      while (true) {
        SocketChannel client = listener.accept();
        SocketChannel server = SocketChannel.open(UnixDomainSocketAddress.of(upstream));
        connections.incrementAndGet();
        register(client, server);
        start("wire-recorder-up", () -> pump(client, server, sent));
        start("wire-recorder-down", () -> pump(server, client, received));
      }
    } catch (IOException closed) {
      // close() closed the listener: no more connections.
    }
  }

  private void pump(SocketChannel from, SocketChannel to, ByteArrayOutputStream copy) {
    ByteBuffer buffer = ByteBuffer.allocate(65536);
    try {
      while (from.read(buffer.clear()) >= 0) {
        synchronized (this) {
          copy.write(buffer.array(), 0, buffer.position());
        }
        to.write(buffer.flip());
      }
    } catch (IOException closed) {
      // One side went away; closing both ends tells the other side.
    }
    closeQuietly(from);
    closeQuietly(to);
  }

  private synchronized void register(SocketChannel... pair) {
    channels.addAll(List.of(pair));
  }

  private synchronized void start(String name, Runnable body) {
    threads.add(Thread.ofPlatform().name(name).daemon().start(body));
  }

  @Override
  public void close() {
    closeQuietly(listener);
    List<Thread> running;
    synchronized (this) {
      channels.forEach(WireRecorder::closeQuietly);
      running = List.copyOf(threads);
    }
    try {
      for (Thread thread : running) {
        thread.join(5000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(java.nio.channels.Channel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Already closed by the other pump.
    }
  }
}
