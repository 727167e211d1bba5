package dev.knaller.emulator.backend.qemu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test double for QEMU's QMP socket: greets, records each request line, sends an event before
 * every answer (as QEMU may), and answers {@code return} or, for {@code fail-me}, {@code error}.
 */
final class FakeQmpServer implements AutoCloseable {
  final List<String> requests = new CopyOnWriteArrayList<>();
  private final ServerSocketChannel server;
  private final Thread thread;

  FakeQmpServer(Path socket) throws IOException {
    server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socket));
    thread = Thread.ofVirtual().start(this::serve);
  }

  private volatile SocketChannel connection;

  private void serve() {
    try (SocketChannel client = server.accept()) {
      connection = client;
      Writer out = Channels.newWriter(client, StandardCharsets.UTF_8);
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(Channels.newInputStream(client), StandardCharsets.UTF_8));
      send(out, "{\"QMP\": {\"version\": {\"qemu\": {\"major\": 7}}, \"capabilities\": []}}");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        requests.add(line);
        send(out, "{\"timestamp\": {\"seconds\": 1}, \"event\": \"RESUME\"}");
        send(
            out,
            line.contains("fail-me")
                ? "{\"error\": {\"class\": \"CommandNotFound\", \"desc\": \"no such command\"}}"
                : "{\"return\": {}}");
      }
    } catch (IOException e) {
      // the client went away; the test has its answers
    }
  }

  private static void send(Writer out, String line) throws IOException {
    out.write(line + "\n");
    out.flush();
  }

  /** Drops the client connection, as QEMU does when it exits. */
  void disconnect() throws IOException {
    connection.close();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
