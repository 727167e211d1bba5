package dev.knaller.vm;

import dev.knaller.process.ChildProcess;
import java.io.IOException;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Waits until Firecracker's API socket accepts connections, while watching the child at the same
 * time: whichever happens first decides (B04). A child that dies before the socket accepts makes
 * the wait fail at once with its exit status and stderr, instead of after the deadline.
 *
 * <p>The socket file appears at bind(2) but connects are refused until listen(2) (B02), so only "no
 * such file" and "connection refused" are retried, within the deadline; any other error (a
 * permission problem, a file that is not a socket) fails at once.
 */
final class ApiSocketWaiter {
  static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);
  private static final Duration POLL = Duration.ofMillis(20);

  private final Path socket;
  private final ChildProcess child;
  private final Duration deadline;

  ApiSocketWaiter(Path socket, ChildProcess child, Duration deadline) {
    this.socket = socket;
    this.child = child;
    this.deadline = deadline;
  }

  /** Returns once the socket accepted a connection. */
  void await() throws StepException, InterruptedException {
    Instant giveUp = Instant.now().plus(deadline);
    while (true) {
      if (!child.isAlive()) {
        throw childDied();
      }
      if (accepts()) {
        return;
      }
      if (Instant.now().isAfter(giveUp)) {
        throw new StepException(
            "the API socket " + socket + " did not accept connections within " + seconds(),
            OptionalInt.empty(),
            child.stderrTail().text(),
            null);
      }
      Thread.sleep(POLL);
    }
  }

  // True once a connect succeeds; false while the file is missing or connects are refused.
  private boolean accepts() throws StepException {
    if (!Files.exists(socket)) {
      return false;
    }
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      return true;
    } catch (ConnectException e) {
      return false;
    } catch (IOException e) {
      if (!Files.exists(socket)) {
        return false;
      }
      throw new StepException("connecting to the API socket " + socket + " failed: " + e, e);
    }
  }

  private StepException childDied() throws InterruptedException {
    Optional<Integer> status = child.awaitExit(Duration.ofSeconds(2));
    OptionalInt exit = status.map(OptionalInt::of).orElse(OptionalInt.empty());
    String tail = child.stderrTail().text();
    return new StepException(ChildDiagnosis.beforeApi(socket, exit, tail), exit, tail, null);
  }

  private String seconds() {
    return deadline.toMillis() / 1000.0 + " s";
  }
}
