package dev.knaller.bench;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * The raw floor read the way the client's transport reads: a non-blocking channel and a private
 * {@link Selector} waited on (with a timeout) before each read. The gap between this and {@link
 * RawFloorClient} is what bounding every wait costs on the JDK.
 */
final class SelectorFloorClient implements AutoCloseable {
  private static final long TIMEOUT_MILLIS = 60_000;
  private final SocketChannel channel;
  private final Selector selector;
  private final ByteBuffer out = ByteBuffer.allocate(64 * 1024);
  private final ByteBuffer in = ByteBuffer.allocate(64 * 1024);

  SelectorFloorClient(Path socket) throws IOException {
    this.channel = Channels.connect(socket);
    channel.configureBlocking(false);
    this.selector = Selector.open();
    channel.register(selector, SelectionKey.OP_READ);
  }

  byte exchange(WireExchange exchange) throws IOException {
    Channels.writeFully(channel, out.clear().limit(exchange.requestBytes()));
    in.clear().limit(exchange.responseBytes());
    while (in.hasRemaining()) {
      selector.select(TIMEOUT_MILLIS);
      selector.selectedKeys().clear();
      if (channel.read(in) < 0) {
        throw new EOFException("raw floor server closed the connection");
      }
    }
    return in.get(exchange.responseBytes() - 1);
  }

  @Override
  public void close() throws IOException {
    selector.close();
    channel.close();
  }
}
