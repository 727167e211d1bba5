package dev.knaller.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** A client that writes raw bytes and reads raw bytes, with bounded waits. */
public final class RawConnection implements AutoCloseable {
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
  private final SocketChannel channel;
  private final Selector selector;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  private RawConnection(SocketChannel channel) throws IOException {
    this.channel = channel;
    channel.configureBlocking(false);
    this.selector = Selector.open();
    channel.register(selector, SelectionKey.OP_READ);
  }

  public static RawConnection open(Path socket) throws IOException {
    var channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    channel.connect(UnixDomainSocketAddress.of(socket));
    return new RawConnection(channel);
  }

  public void send(String text) throws IOException {
    send(text.getBytes(StandardCharsets.UTF_8));
  }

  public void send(byte[] bytes) throws IOException {
    var buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  public void shutdownOutput() throws IOException {
    channel.shutdownOutput();
  }

  /** Reads one response, framed by its Content-Length (none for 204 and 100). */
  public String readResponse() throws IOException {
    return readResponse(READ_TIMEOUT);
  }

  public String readResponse(Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      String text = pending.toString(StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      if (end >= 0) {
        int total = end + 4 + contentLength(text.substring(0, end));
        if (pending.size() >= total) {
          return take(total);
        }
      }
      if (!fill(deadline)) {
        throw new IOException("no complete response within " + timeout + "; got: " + text);
      }
    }
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n", -1)) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring(15).trim());
      }
    }
    return 0;
  }

  private String take(int count) {
    byte[] all = pending.toByteArray();
    pending.reset();
    pending.write(all, count, all.length - count);
    return new String(all, 0, count, StandardCharsets.UTF_8);
  }

  /** Reads what arrives within the wait; returns false on timeout, throws on EOF. */
  private boolean fill(long deadline) throws IOException {
    long waitMillis = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    if (System.nanoTime() >= deadline || selector.select(waitMillis) == 0) {
      return false;
    }
    selector.selectedKeys().clear();
    var buffer = ByteBuffer.allocate(65536);
    int n = channel.read(buffer);
    if (n < 0) {
      throw new IOException("server closed the connection; got: " + pending);
    }
    pending.write(buffer.array(), 0, n);
    return true;
  }

  /** True when nothing arrives within {@code quiet} (the server stays silent). */
  public boolean silentFor(Duration quiet) throws IOException {
    long deadline = System.nanoTime() + quiet.toNanos();
    int before = pending.size();
    while (System.nanoTime() < deadline) {
      try {
        if (fill(deadline) && pending.size() > before) {
          return false;
        }
      } catch (IOException eof) {
        return true;
      }
    }
    return pending.size() == before;
  }

  /** Reads until the server closes the connection; returns everything received. */
  public String readUntilClosed() throws IOException {
    long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        fill(deadline);
      } catch (IOException eof) {
        return pending.toString(StandardCharsets.UTF_8);
      }
    }
    throw new IOException("server did not close within " + READ_TIMEOUT);
  }

  @Override
  public void close() throws IOException {
    selector.close();
    channel.close();
  }
}
