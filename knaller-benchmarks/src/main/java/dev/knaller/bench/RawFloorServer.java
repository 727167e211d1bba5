package dev.knaller.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;

/**
 * The physical floor: per exchange it reads exactly the request's byte count and writes back the
 * response's byte count, with no parsing at all. The same script runs again on every connection.
 */
final class RawFloorServer {
  private RawFloorServer() {}

  static UnixServer start(Path socket, List<WireExchange> script) throws IOException {
    List<WireExchange> exchanges = List.copyOf(script);
    return UnixServer.start(socket, connection -> serve(connection, exchanges));
  }

  private static void serve(SocketChannel connection, List<WireExchange> script)
      throws IOException {
    ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    ByteBuffer out = ByteBuffer.allocate(64 * 1024);
    while (true) {
      for (WireExchange exchange : script) {
        if (!Channels.readFully(connection, in.clear().limit(exchange.requestBytes()))) {
          return;
        }
        Channels.writeFully(connection, out.clear().limit(exchange.responseBytes()));
      }
    }
  }
}
