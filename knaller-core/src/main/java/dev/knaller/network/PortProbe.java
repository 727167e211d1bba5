package dev.knaller.network;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;

/** Tells whether a TCP port on 127.0.0.1 can be bound right now. */
@FunctionalInterface
public interface PortProbe {
  boolean isFree(int port);

  /**
   * The real probe: binds 127.0.0.1:port and closes at once. Only loopback is probed, because pasta
   * forwards on 127.0.0.1 only. On Linux that bind also fails when another socket listens on
   * 0.0.0.0 with the same port, so wildcard listeners are detected too.
   */
  static PortProbe loopback() {
    return port -> {
      try (ServerSocketChannel channel = ServerSocketChannel.open()) {
        // Exactly 127.0.0.1: getLoopbackAddress() may answer ::1 when IPv6 is preferred.
        channel.bind(
            new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port));
        return true;
      } catch (IOException e) {
        return false;
      }
    };
  }
}
