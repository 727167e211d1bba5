package dev.knaller.emulator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The emulator run inside the calling JVM, for tests that want a Firecracker double without
 * starting a process: same arguments, same {@code KNALLER_EMULATOR_*} knobs (given as a map, not
 * read from the environment), same socket behaviour. What it would print goes to a buffer.
 *
 * <p>It does not call {@code System.exit}; {@link #exitCode()} completes with the code the process
 * would have exited with. The socket file stays behind after it stops, as with Firecracker.
 */
public final class InProcessEmulator implements AutoCloseable {
  private final Emulator emulator;
  private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();

  private InProcessEmulator(List<String> args, Map<String, String> knobs) {
    var print = new PrintStream(output, true, StandardCharsets.UTF_8);
    this.emulator = new Emulator(print, print);
    Thread.ofPlatform()
        .name("knaller-emulator")
        .daemon()
        .start(() -> exitCode.complete(emulator.run(List.copyOf(args), Map.copyOf(knobs))));
  }

  /** Starts it with Firecracker's {@code args}; returns at once (poll the socket for readiness). */
  public static InProcessEmulator start(List<String> args, Map<String, String> knobs) {
    return new InProcessEmulator(args, knobs);
  }

  /** Completes with the exit code the real process would have. */
  public CompletableFuture<Integer> exitCode() {
    return exitCode.copy();
  }

  /** The exit code, if it exited within {@code timeout}. */
  public Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
    try {
      return Optional.of(exitCode.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (ExecutionException e) {
      throw new IllegalStateException("emulator thread failed", e.getCause());
    }
  }

  /** Everything it printed to stdout and stderr so far. */
  public String output() {
    return output.toString(StandardCharsets.UTF_8);
  }

  /** Ends it as a process exit with {@code code} would: pending responses are flushed first. */
  public void stop(int code) {
    emulator.requestExit(code);
  }

  /** Stops it with code 0 and waits up to ten seconds for the API thread to finish. */
  @Override
  public void close() {
    stop(0);
    try {
      exitCode.get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("emulator did not stop within 10 s", e);
    }
  }
}
