package dev.knaller.bench;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads one whole HTTP/1.1 message (head, then a body framed by Content-Length) from a blocking
 * channel. Firecracker frames every message that way, so nothing else is needed for a relay.
 */
final class HttpFrames {
  private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

  private HttpFrames() {}

  /** Returns a copy of the message's bytes. */
  static byte[] read(SocketChannel channel) throws IOException {
    byte[] bytes = new byte[64 * 1024];
    return Arrays.copyOf(bytes, read(channel, bytes));
  }

  /**
   * Reads one message into {@code bytes} (reused across calls) and returns its length; the peer
   * sends nothing more before it gets an answer, so nothing is read past the message.
   */
  static int read(SocketChannel channel, byte[] bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    int headEnd = -1;
    while (headEnd < 0) {
      fill(channel, buffer);
      headEnd = indexOf(bytes, buffer.position(), HEAD_END);
    }
    int total = headEnd + HEAD_END.length + contentLength(bytes, headEnd);
    while (buffer.position() < total) {
      fill(channel, buffer);
    }
    return total;
  }

  private static void fill(SocketChannel channel, ByteBuffer buffer) throws IOException {
    if (channel.read(buffer) < 0) {
      throw new EOFException("peer closed mid-message");
    }
  }

  private static int indexOf(byte[] bytes, int length, byte[] needle) {
    for (int i = 0; i + needle.length <= length; i++) {
      if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }

  private static int contentLength(byte[] bytes, int headEnd) {
    String head = new String(bytes, 0, headEnd, StandardCharsets.US_ASCII);
    for (String line : head.lines().toList()) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    return 0;
  }
}
