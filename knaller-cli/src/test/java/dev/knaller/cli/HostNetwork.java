package dev.knaller.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The host side of the guest's reach test: the default gateway and a loopback TCP server. */
final class HostNetwork {
  private HostNetwork() {}

  /**
   * The IPv4 default gateway from /proc/net/route. pasta copies it into the namespace and maps
   * connections to it onto the host's loopback, which is how a guest reaches 127.0.0.1 services.
   */
  static Optional<String> defaultGateway() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("/proc/net/route"));
    for (String line : lines.subList(1, lines.size())) {
      // Columns: Iface Destination Gateway Flags ...; addresses in little-endian hex.
      String[] fields = line.trim().split("\\s+", -1);
      if (fields.length > 2 && fields[1].equals("00000000")) {
        return Optional.of(dottedQuad(Long.parseLong(fields[2], 16)));
      }
    }
    return Optional.empty();
  }

  private static String dottedQuad(long littleEndian) {
    return (littleEndian & 0xff)
        + "."
        + ((littleEndian >> 8) & 0xff)
        + "."
        + ((littleEndian >> 16) & 0xff)
        + "."
        + ((littleEndian >> 24) & 0xff);
  }

  /** A server on 127.0.0.1 that writes {@code token} to each client and counts them. */
  static final class TokenServer implements AutoCloseable {
    private final ServerSocket socket;
    private final String token;
    final AtomicInteger clients = new AtomicInteger();

    TokenServer(String token) throws IOException {
      this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
      this.token = token;
      Thread.ofPlatform().daemon().name("token-server").start(this::serve);
    }

    int port() {
      return socket.getLocalPort();
    }

    private void serve() {
      while (!socket.isClosed()) {
        try (Socket client = socket.accept()) {
          clients.incrementAndGet();
          client.getOutputStream().write((token + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          // Closed by close(), or the client went away.
        }
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
