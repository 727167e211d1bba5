package dev.knaller.emulator.backend.qemu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A QEMU Machine Protocol client on QEMU's Unix socket. QMP speaks one JSON object per line: a
 * greeting, then {@code qmp_capabilities} to leave negotiation mode, then commands answered by
 * {@code {"return": ...}} or {@code {"error": ...}}, with asynchronous {@code {"event": ...}} lines
 * interleaved, which are skipped.
 */
public final class QmpClient implements AutoCloseable {
  private static final Duration RETRY_PAUSE = Duration.ofMillis(50);

  private final SocketChannel channel;
  private final BufferedReader reader;
  private final Writer writer;

  private QmpClient(SocketChannel channel) {
    this.channel = channel;
    this.reader =
        new BufferedReader(
            new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
    this.writer = Channels.newWriter(channel, StandardCharsets.UTF_8);
  }

  /**
   * Connects, retrying until QEMU has created the socket or {@code timeout} passes, and completes
   * the capabilities handshake.
   */
  public static QmpClient connect(Path socket, Duration timeout)
      throws IOException, InterruptedException {
    QmpClient client = new QmpClient(openWithin(socket, timeout));
    try {
      client.readLine(); // greeting: {"QMP": {"version": ...}}
      client.execute("qmp_capabilities", "{}");
      return client;
    } catch (IOException e) {
      client.close();
      throw e;
    }
  }

  /** Runs a command; {@code argumentsJson} is a JSON object. Returns the whole response line. */
  public String execute(String command, String argumentsJson) throws IOException {
    writer.write("{\"execute\": \"" + command + "\", \"arguments\": " + argumentsJson + "}\n");
    writer.flush();
    while (true) {
      String line = readLine();
      if (line.startsWith("{\"return\"")) {
        return line;
      }
      if (line.startsWith("{\"error\"")) {
        throw new IOException("QMP " + command + " failed: " + line);
      }
    }
  }

  private String readLine() throws IOException {
    String line = reader.readLine();
    if (line == null) {
      throw new IOException("QEMU closed its QMP socket");
    }
    return line.strip();
  }

  private static SocketChannel openWithin(Path socket, Duration timeout)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
      try {
        channel.connect(UnixDomainSocketAddress.of(socket));
        return channel;
      } catch (IOException e) {
        channel.close();
        if (Instant.now().isAfter(deadline)) {
          throw new IOException(
              "QEMU's QMP socket "
                  + socket
                  + " did not accept a connection"
                  + " within "
                  + timeout.toMillis()
                  + " ms: "
                  + e.getMessage(),
              e);
        }
        Thread.sleep(RETRY_PAUSE);
      }
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
