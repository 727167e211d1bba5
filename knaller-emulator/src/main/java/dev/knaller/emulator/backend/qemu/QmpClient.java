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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A QEMU Machine Protocol client on QEMU's Unix socket. QMP speaks one JSON object per line: a
 * greeting, then {@code qmp_capabilities} to leave negotiation mode, then commands answered by
 * {@code {"return": ...}} or {@code {"error": ...}} in order, with asynchronous {@code {"event":
 * ...}} lines in between. A reader thread hands answers to the waiting command and events to the
 * listener.
 */
public final class QmpClient implements AutoCloseable {
  private static final Duration RETRY_PAUSE = Duration.ofMillis(50);
  private static final String CLOSED = "";

  private final SocketChannel channel;
  private final Writer writer;
  private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
  private final Duration commandTimeout;

  private QmpClient(SocketChannel channel, Duration commandTimeout) {
    this.channel = channel;
    this.writer = Channels.newWriter(channel, StandardCharsets.UTF_8);
    this.commandTimeout = commandTimeout;
  }

  /**
   * Connects, retrying until QEMU has created the socket or {@code timeout} passes, completes the
   * capabilities handshake, and from then on passes every event line to {@code events}.
   */
  public static QmpClient connect(Path socket, Duration timeout, Consumer<String> events)
      throws IOException, InterruptedException {
    QmpClient client = new QmpClient(openWithin(socket, timeout), timeout);
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(Channels.newInputStream(client.channel), StandardCharsets.UTF_8));
    try {
      if (reader.readLine() == null) { // the greeting: {"QMP": {"version": ...}}
        throw new IOException("QEMU closed its QMP socket " + socket + " before greeting");
      }
      Thread.ofVirtual().name("qmp-reader").start(() -> client.dispatch(reader, events));
      client.execute("qmp_capabilities", "{}");
      return client;
    } catch (IOException | InterruptedException e) {
      client.close();
      throw e;
    }
  }

  /** Runs a command; {@code argumentsJson} is a JSON object. Returns the whole answer line. */
  public synchronized String execute(String command, String argumentsJson)
      throws IOException, InterruptedException {
    try {
      writer.write("{\"execute\": \"" + command + "\", \"arguments\": " + argumentsJson + "}\n");
      writer.flush();
    } catch (IOException e) {
      throw new IOException(
          "QEMU closed its QMP socket during " + command + ": " + e.getMessage(), e);
    }
    String answer = answers.poll(commandTimeout.toMillis(), TimeUnit.MILLISECONDS);
    if (answer == null) {
      throw new IOException(
          "QMP " + command + " got no answer within " + commandTimeout.toMillis() + " ms");
    }
    if (answer.equals(CLOSED)) {
      answers.add(CLOSED); // later commands fail the same way
      throw new IOException("QEMU closed its QMP socket during " + command);
    }
    if (answer.startsWith("{\"error\"")) {
      throw new IOException("QMP " + command + " failed: " + answer);
    }
    return answer;
  }

  private void dispatch(BufferedReader reader, Consumer<String> events) {
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String message = line.strip();
        if (message.startsWith("{\"return\"") || message.startsWith("{\"error\"")) {
          answers.add(message);
        } else if (!message.isEmpty()) {
          events.accept(message);
        }
      }
    } catch (IOException e) {
      // closed by close() or by QEMU exiting; either way no more answers come
    }
    answers.add(CLOSED);
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
