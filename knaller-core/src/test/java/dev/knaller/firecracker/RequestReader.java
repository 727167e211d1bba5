package dev.knaller.firecracker;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads requests off a blocking channel for {@link FakeFirecrackerServer}, framing bodies by
 * Content-Length only, as micro_http does. Bytes after one request stay for the next.
 */
final class RequestReader {
  private final SocketChannel channel;
  private byte[] data = new byte[4096];
  private int length;

  RequestReader(SocketChannel channel) {
    this.channel = channel;
  }

  /** The next request, or null at EOF. */
  RecordedRequest next() throws IOException {
    int headEnd;
    while ((headEnd = indexOfBlankLine()) < 0) {
      if (!fill()) {
        return null;
      }
    }
    String[] lines = new String(data, 0, headEnd, StandardCharsets.UTF_8).split("\r\n");
    Map<String, String> headers = headers(lines);
    int bodyLength = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    int total = headEnd + 4 + bodyLength;
    while (length < total) {
      if (!fill()) {
        return null;
      }
    }
    String body = new String(data, headEnd + 4, bodyLength, StandardCharsets.UTF_8);
    consume(total);
    String[] parts = lines[0].split(" ", -1);
    return new RecordedRequest(parts[0], parts[1], parts[2], headers, body);
  }

  private static Map<String, String> headers(String[] lines) {
    Map<String, String> headers = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    return headers;
  }

  private boolean fill() throws IOException {
    if (length == data.length) {
      data = Arrays.copyOf(data, data.length * 2);
    }
    int read = channel.read(ByteBuffer.wrap(data, length, data.length - length));
    if (read < 0) {
      return false;
    }
    length += read;
    return true;
  }

  private void consume(int count) {
    System.arraycopy(data, count, data, 0, length - count);
    length -= count;
  }

  private int indexOfBlankLine() {
    for (int i = 0; i + 3 < length; i++) {
      if (data[i] == '\r' && data[i + 1] == '\n' && data[i + 2] == '\r' && data[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
