package dev.knaller.bench;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/** The client side of the raw floor: write N bytes, read M back, on one kept-alive connection. */
final class RawFloorClient implements AutoCloseable {
  private final SocketChannel channel;
  private final ByteBuffer out = ByteBuffer.allocate(64 * 1024);
  private final ByteBuffer in = ByteBuffer.allocate(64 * 1024);

  RawFloorClient(Path socket) throws IOException {
    this.channel = Channels.connect(socket);
  }

  /** Sends the exchange's request bytes and reads its response bytes; returns the last byte. */
  byte exchange(WireExchange exchange) throws IOException {
    Channels.writeFully(channel, out.clear().limit(exchange.requestBytes()));
    if (!Channels.readFully(channel, in.clear().limit(exchange.responseBytes()))) {
      throw new EOFException("raw floor server closed the connection");
    }
    return in.get(exchange.responseBytes() - 1);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
