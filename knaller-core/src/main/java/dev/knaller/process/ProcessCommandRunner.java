package dev.knaller.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Runs commands as real child processes, capturing both streams in memory. */
final class ProcessCommandRunner implements CommandRunner {
  private static final Duration KILL_GRACE = Duration.ofSeconds(2);

  @Override
  public CommandResult run(List<String> argv, Duration timeout)
      throws IOException, InterruptedException {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    ChildSpec spec = ChildSpec.of(argv).withStdout(keep(stdout)).withStderr(keep(stderr));
    ChildProcess child = ChildProcess.start(spec);

    Optional<Integer> exitCode = awaitOrKill(child, timeout);
    if (exitCode.isEmpty()) {
      child.stop(Duration.ZERO, KILL_GRACE);
      throw new IOException(String.join(" ", argv) + " did not finish within " + timeout);
    }
    return new CommandResult(exitCode.get(), text(stdout), text(stderr));
  }

  // An interrupted caller must not leave the command running behind its back.
  private static Optional<Integer> awaitOrKill(ChildProcess child, Duration timeout)
      throws InterruptedException {
    try {
      return child.awaitExit(timeout);
    } catch (InterruptedException e) {
      child.handle().destroyForcibly();
      throw e;
    }
  }

  // Closing a ByteArrayOutputStream does nothing, so the buffer stays readable after the drain.
  private static OutputSink keep(ByteArrayOutputStream buffer) {
    return () -> buffer;
  }

  private static String text(ByteArrayOutputStream buffer) {
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
