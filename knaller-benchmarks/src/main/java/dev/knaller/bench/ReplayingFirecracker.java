package dev.knaller.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fake Firecracker (a test double): the first request of each request line goes to the emulator
 * and its exact response is kept; later ones get that response replayed, with no JSON, validation
 * or state. Against it the benchmark sees the client's own cost. It also records the wire sizes of
 * the forwarded exchanges, which is the script the raw floor replays.
 */
final class ReplayingFirecracker implements AutoCloseable {
  private final Path upstream;
  private final Map<String, byte[]> responses = new ConcurrentHashMap<>();
  private final List<WireExchange> recorded = new ArrayList<>();
  private final UnixServer server;

  ReplayingFirecracker(Path socket, Path upstream) throws IOException {
    this.upstream = upstream;
    this.server = UnixServer.start(socket, this::serve);
  }

  Path socket() {
    return server.socket();
  }

  /** The exchanges forwarded to the emulator so far (each request line once), in order. */
  synchronized List<WireExchange> takeRecorded() {
    List<WireExchange> copy = List.copyOf(recorded);
    recorded.clear();
    return copy;
  }

  private void serve(SocketChannel client) throws IOException {
    SocketChannel origin = null;
    byte[] buffer = new byte[64 * 1024];
    try {
      while (true) {
        int length = HttpFrames.read(client, buffer);
        String key = requestLine(buffer);
        byte[] response = responses.get(key);
        if (response == null) {
          origin = origin == null ? Channels.connect(upstream) : origin;
          response = forward(origin, ByteBuffer.wrap(buffer, 0, length));
          responses.put(key, response);
          record(new WireExchange(length, response.length));
        }
        Channels.writeFully(client, ByteBuffer.wrap(response));
      }
    } finally {
      if (origin != null) {
        origin.close();
      }
    }
  }

  private static byte[] forward(SocketChannel origin, ByteBuffer request) throws IOException {
    Channels.writeFully(origin, request);
    return HttpFrames.read(origin);
  }

  private synchronized void record(WireExchange exchange) {
    recorded.add(exchange);
  }

  private static String requestLine(byte[] request) {
    int end = 0;
    while (request[end] != '\r') {
      end++;
    }
    return new String(request, 0, end, StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
