package dev.knaller.firecracker.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One non-blocking connection to a Unix socket. A private {@link Selector} bounds every wait, so no
 * call can block past its deadline.
 */
final class UnixConnection implements AutoCloseable {
  private final SocketChannel channel;
  private final Selector selector;
  private final SelectionKey key;

  private UnixConnection(SocketChannel channel, Selector selector) throws IOException {
    this.channel = channel;
    this.selector = selector;
    this.key = channel.register(selector, 0);
  }

  /** Connects to {@code socket} within {@code timeout}. */
  static UnixConnection open(Path socket, Duration timeout) throws IOException {
    SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    Selector selector = null;
    try {
      channel.configureBlocking(false);
      selector = Selector.open();
      UnixConnection connection = new UnixConnection(channel, selector);
      connection.finishConnect(socket, timeout);
      return connection;
    } catch (IOException | RuntimeException ex) {
      channel.close();
      if (selector != null) {
        selector.close();
      }
      throw ex;
    }
  }

  private void finishConnect(Path socket, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    // Looked at before dialling: a server may bind between a failed connect and a look after it.
    // notExists, not !exists: a path that cannot be looked at (EACCES) is an error, not "absent".
    boolean absentBefore = Files.notExists(socket);
    try (SocketPathAlias alias = SocketPathAlias.of(socket)) {
      if (channel.connect(UnixDomainSocketAddress.of(alias.dialled()))) {
        return;
      }
      while (!channel.finishConnect()) {
        await(SelectionKey.OP_CONNECT, deadline, "connect to " + socket, timeout);
      }
    } catch (ConnectException ex) {
      throw new NotListeningException(socket, false, ex);
    } catch (SocketException ex) {
      // ENOENT surfaces as a plain SocketException; the file's absence tells it from other errors.
      if (absentBefore || Files.notExists(socket)) {
        throw new NotListeningException(socket, true, ex);
      }
      throw ex;
    }
  }

  /** Writes {@code request} with one gathering write where it fits, then reads one response. */
  ResponseParser exchange(ByteBuffer[] request, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    write(request, deadline, timeout);
    return read(deadline, timeout);
  }

  /**
   * True when the server has neither closed the connection nor sent anything unasked. Firecracker
   * never closes first, so EOF here means the process went away.
   */
  boolean isReusable() {
    try {
      int read = channel.read(ByteBuffer.allocate(1));
      return read == 0;
    } catch (IOException ex) {
      return false;
    }
  }

  private void write(ByteBuffer[] request, long deadline, Duration timeout) throws IOException {
    writeOnce(request);
    while (request[request.length - 1].hasRemaining()) {
      await(SelectionKey.OP_WRITE, deadline, "sending the request", timeout);
      writeOnce(request);
    }
  }

  private void writeOnce(ByteBuffer[] request) throws IOException {
    try {
      channel.write(request);
    } catch (IOException ex) {
      // EPIPE or ECONNRESET: the server closed before taking the request.
      throw new PeerClosedException(0, ex);
    }
  }

  /** Waits before each read: the answer is rarely there the instant the request is sent. */
  private ResponseParser read(long deadline, Duration timeout) throws IOException {
    ResponseParser parser = new ResponseParser();
    do {
      await(SelectionKey.OP_READ, deadline, "waiting for the response", timeout);
      int count = readOnce(parser);
      if (count < 0) {
        throw new PeerClosedException(parser.received(), null);
      }
      parser.advance(count);
    } while (parser.tryParse() == null);
    return parser;
  }

  private int readOnce(ResponseParser parser) throws IOException {
    try {
      return channel.read(parser.freeSpace());
    } catch (IOException ex) {
      throw new PeerClosedException(parser.received(), ex);
    }
  }

  private void await(int operation, long deadline, String what, Duration timeout)
      throws IOException {
    long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
    if (remainingMillis <= 0) {
      throw new TransportTimeoutException(what, timeout);
    }
    // Interest changes cost an epoll_ctl each; in steady state it stays OP_READ.
    if (key.interestOps() != operation) {
      key.interestOps(operation);
    }
    selector.select(remainingMillis);
    selector.selectedKeys().clear();
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedIOException("interrupted while " + what);
    }
  }

  @Override
  public void close() throws IOException {
    try (selector) {
      channel.close();
    }
  }
}
