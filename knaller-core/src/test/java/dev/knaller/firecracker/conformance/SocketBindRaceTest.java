package dev.knaller.firecracker.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.knaller.firecracker.FirecrackerClient;
import dev.knaller.firecracker.FirecrackerException;
import dev.knaller.firecracker.FirecrackerNotListeningException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Polling {@code connect()} while a server binds, as every caller waiting for Firecracker does:
 * each failed attempt must say "not listening" (retry), never a bare failure. The conformance
 * matrix found a client that looked for the socket file only after the failed connect, by which
 * time the server had bound it, and so reported ENOENT as a hard error.
 */
class SocketBindRaceTest {
  private static final int ROUNDS = 300;
  @TempDir Path directory;

  @Test
  void everyAttemptBeforeTheBindIsNotListening() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      Path socket = directory.resolve("r" + round + ".sock");
      CompletableFuture<ServerSocketChannel> server = bindSoon(socket);
      try (var client = FirecrackerClient.open(socket)) {
        pollUntilConnected(client);
        assertTheServerSeesOneConnection(server);
      } finally {
        server.get(5, TimeUnit.SECONDS).close();
      }
    }
  }

  @Test
  void aSocketThatCannotBeLookedAtIsAnErrorNotAWait() throws Exception {
    assumeTrue(!isRoot(), "root passes every permission check; run as a regular user");
    Path locked = Files.createDirectory(directory.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try (var client = FirecrackerClient.open(locked.resolve("api.sock"))) {
      // EACCES: waiting would never help, so the caller must hear it at once (REPORTED-FAULTS B02).
      assertThatThrownBy(client::connect)
          .isInstanceOf(FirecrackerException.class)
          .isNotInstanceOf(FirecrackerNotListeningException.class)
          .hasMessageContaining("Permission denied");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static boolean isRoot() throws Exception {
    return Files.getAttribute(Path.of("/proc/self"), "unix:uid").equals(0);
  }

  private static void assertTheServerSeesOneConnection(
      CompletableFuture<ServerSocketChannel> server) throws Exception {
    try (var accepted = server.get(5, TimeUnit.SECONDS).accept()) {
      assertThat(accepted.isConnected()).isTrue();
    }
  }

  /** Connects, retrying only on "not listening"; any other exception fails the test. */
  private static void pollUntilConnected(FirecrackerClient client) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      try {
        client.connect();
        return;
      } catch (FirecrackerNotListeningException notYet) {
        Thread.onSpinWait();
      }
    }
    throw new AssertionError("the server never listened on " + client.socket());
  }

  private static CompletableFuture<ServerSocketChannel> bindSoon(Path socket) {
    long delayMicros = ThreadLocalRandom.current().nextLong(50, 500);
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            TimeUnit.MICROSECONDS.sleep(delayMicros);
            var channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            return channel.bind(UnixDomainSocketAddress.of(socket));
          } catch (Exception e) {
            throw new IllegalStateException("cannot bind " + socket, e);
          }
        });
  }
}
