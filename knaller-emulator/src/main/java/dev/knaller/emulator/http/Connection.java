package dev.knaller.emulator.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Deque;

/** One client connection: its parser and the responses not yet written. */
final class Connection {
  private final SocketChannel channel;
  private final RequestParser parser;
  private final Deque<ByteBuffer> output = new ArrayDeque<>();

  Connection(SocketChannel channel, RequestParser parser) {
    this.channel = channel;
    this.parser = parser;
  }

  SocketChannel channel() {
    return channel;
  }

  RequestParser parser() {
    return parser;
  }

  void enqueue(byte[] bytes) {
    output.add(ByteBuffer.wrap(bytes));
  }

  boolean hasOutput() {
    return !output.isEmpty();
  }

  /** Writes what the socket takes now; returns false when bytes remain queued. */
  boolean flush() throws IOException {
    while (!output.isEmpty()) {
      ByteBuffer head = output.peek();
      channel.write(head);
      if (head.hasRemaining()) {
        return false;
      }
      output.poll();
    }
    return true;
  }

  void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // The peer is gone either way; nothing is left to tell it.
    }
  }
}
