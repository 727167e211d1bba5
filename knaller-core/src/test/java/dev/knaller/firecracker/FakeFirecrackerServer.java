package dev.knaller.firecracker;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A test double for Firecracker's API socket: a small HTTP/1.1 server on a real Unix socket that
 * records every request and answers with scripted {@link FakeReply}s. Unless told otherwise it
 * answers {@code GET /version} with 1.16.1, other GETs with {@code {}}, and the rest with 204.
 */
final class FakeFirecrackerServer implements AutoCloseable {
  private final Path socket;
  private final ServerSocketChannel listener;
  private final Thread acceptor;
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final Queue<FakeReply> scripted = new ConcurrentLinkedQueue<>();
  private final List<SocketChannel> connections = new CopyOnWriteArrayList<>();
  private final AtomicInteger accepted = new AtomicInteger();
  private volatile Function<RecordedRequest, FakeReply> responder = this::answer;
  private volatile String version = "1.16.1";

  private FakeFirecrackerServer(Path socket) throws IOException {
    this.socket = socket;
    this.listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    listener.bind(UnixDomainSocketAddress.of(socket));
    this.acceptor = Thread.ofVirtual().name("fake-firecracker-accept").start(this::acceptLoop);
  }

  /** Binds a fake at {@code directory/api.socket}. */
  static FakeFirecrackerServer start(Path directory) throws IOException {
    return new FakeFirecrackerServer(directory.resolve("api.socket"));
  }

  Path socket() {
    return socket;
  }

  /** The version {@code GET /version} reports. */
  FakeFirecrackerServer reportingVersion(String value) {
    version = value;
    return this;
  }

  /** Answers the next requests with these replies, in order, before falling back. */
  FakeFirecrackerServer thenReply(FakeReply... replies) {
    scripted.addAll(List.of(replies));
    return this;
  }

  /** Replaces the fallback answer. */
  FakeFirecrackerServer answering(Function<RecordedRequest, FakeReply> value) {
    responder = value;
    return this;
  }

  List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  RecordedRequest lastRequest() {
    return requests.getLast();
  }

  /** How many connections were accepted so far. */
  int acceptedConnections() {
    return accepted.get();
  }

  private FakeReply answer(RecordedRequest request) {
    if (request.line().equals("GET /version")) {
      return FakeReply.json(200, "{\"firecracker_version\":\"" + version + "\"}");
    }
    return request.method().equals("GET") ? FakeReply.json(200, "{}") : FakeReply.noContent();
  }

  private void acceptLoop() {
    try {
      while (true) {
        SocketChannel connection = listener.accept();
        accepted.incrementAndGet();
        connections.add(connection);
        Thread.ofVirtual().name("fake-firecracker-conn").start(() -> serve(connection));
      }
    } catch (IOException closed) {
      // close() closed the listener: stop accepting.
    }
  }

  private void serve(SocketChannel connection) {
    try (connection) {
      RequestReader reader = new RequestReader(connection);
      RecordedRequest request;
      while ((request = reader.next()) != null) {
        requests.add(request);
        FakeReply reply = scripted.poll();
        if (!send(connection, reply != null ? reply : responder.apply(request))) {
          return;
        }
      }
    } catch (IOException | InterruptedException gone) {
      // The client closed or the test ended; the fake just stops serving this connection.
    }
  }

  /** Sends a reply; false when the connection must close afterwards. */
  private static boolean send(SocketChannel connection, FakeReply reply)
      throws IOException, InterruptedException {
    for (int i = 0; i < reply.chunks().size(); i++) {
      if (i > 0 && !reply.pause().isZero()) {
        Thread.sleep(reply.pause());
      }
      ByteBuffer buffer = ByteBuffer.wrap(reply.chunks().get(i));
      while (buffer.hasRemaining()) {
        connection.write(buffer);
      }
    }
    return !reply.closeAfter();
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (SocketChannel connection : connections) {
      connection.close();
    }
    try {
      acceptor.join(java.time.Duration.ofSeconds(5));
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
    Files.deleteIfExists(socket);
  }
}
