package dev.knaller.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A started child process whose stdout and stderr are drained on their own threads, so the child
 * never blocks on a full pipe (64 KiB on Linux). The stderr tail is kept for error messages. The
 * child's stdin is closed at once (it reads end-of-file), unless the spec asks for a lifeline: then
 * the write end stays open, unwritten, until the child has exited.
 */
public final class ChildProcess {
  // After exit, how long to wait for the drainers: a grandchild that inherited the pipes (a
  // daemonizing pasta, say) can keep them open long after the child itself is gone.
  private static final Duration DRAIN_GRACE = Duration.ofSeconds(1);
  private static final int CHUNK_BYTES = 8192;

  private final List<String> argv;
  private final Process process;
  private final OutputTail stderrTail = new OutputTail();
  private final Thread stdoutDrainer;
  private final Thread stderrDrainer;
  private final CompletableFuture<Integer> exit;

  private ChildProcess(ChildSpec spec, Process process) {
    this.argv = spec.argv();
    this.process = process;
    this.stdoutDrainer = drain("stdout", process.getInputStream(), spec.stdout(), null);
    this.stderrDrainer = drain("stderr", process.getErrorStream(), spec.stderr(), stderrTail);
    this.exit = process.onExit().thenApplyAsync(this::exitCodeAfterDrain, daemonExecutor());
  }

  /**
   * Starts {@code spec}.
   *
   * @throws IOException when the program cannot be executed (missing, not executable)
   */
  public static ChildProcess start(ChildSpec spec) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(spec.argv());
    builder.environment().putAll(spec.environment());
    Process process = builder.start();
    // A lifeline's write end stays in the Process, never written; the JDK closes it once the child
    // has exited. No other child inherits it: the JDK closes every descriptor above 2 in the
    // children it starts.
    if (!spec.lifeline()) {
      process.getOutputStream().close();
    }
    return new ChildProcess(spec, process);
  }

  public long pid() {
    return process.pid();
  }

  public ProcessHandle handle() {
    return process.toHandle();
  }

  public List<String> argv() {
    return argv;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Completes with the exit code once the child has exited and its output is drained (bounded).
   * Death by signal N gives 128 + N, as in a shell.
   */
  public CompletableFuture<Integer> exit() {
    return exit;
  }

  /**
   * Waits at most {@code timeout} for the exit; returns the exit code, or empty if still running.
   */
  public Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
    try {
      return Optional.of(exit.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (ExecutionException e) {
      throw new IllegalStateException("watching pid " + pid() + " failed", e.getCause());
    }
  }

  /** The last lines the child wrote to stderr (at most 20 lines / 4 KiB). */
  public OutputTail stderrTail() {
    return stderrTail;
  }

  /** Stops the child: SIGTERM, up to {@code termGrace}, then SIGKILL, up to {@code killGrace}. */
  public StopOutcome stop(Duration termGrace, Duration killGrace) throws InterruptedException {
    StopOutcome outcome = ProcessStopper.stop(handle(), termGrace, killGrace);
    // Let the drainers finish so the tail is complete for whoever reports the stop.
    awaitExit(DRAIN_GRACE);
    return outcome;
  }

  private int exitCodeAfterDrain(Process exited) {
    try {
      stdoutDrainer.join(DRAIN_GRACE);
      stderrDrainer.join(DRAIN_GRACE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return exited.exitValue();
  }

  private Thread drain(String stream, InputStream from, OutputSink sink, OutputTail tail) {
    Runnable copy = () -> copyAll(from, sink, tail);
    return Thread.ofPlatform().daemon().name("knaller-" + pid() + "-" + stream).start(copy);
  }

  // Reads until end-of-file; a sink that fails (disk full) is dropped, the pipe still drained.
  private static void copyAll(InputStream from, OutputSink sink, OutputTail tail) {
    OutputStream to = openQuietly(sink);
    byte[] chunk = new byte[CHUNK_BYTES];
    try (from) {
      for (int n = from.read(chunk); n >= 0; n = from.read(chunk)) {
        if (tail != null) {
          tail.append(chunk, 0, n);
        }
        to = writeQuietly(to, chunk, n);
      }
    } catch (IOException e) {
      // The pipe closed under us because the process was destroyed: nothing more to read.
    } finally {
      closeQuietly(to);
    }
  }

  private static OutputStream openQuietly(OutputSink sink) {
    try {
      return sink.open();
    } catch (IOException e) {
      return OutputStream.nullOutputStream();
    }
  }

  private static OutputStream writeQuietly(OutputStream to, byte[] chunk, int length) {
    try {
      to.write(chunk, 0, length);
      return to;
    } catch (IOException e) {
      closeQuietly(to);
      return OutputStream.nullOutputStream();
    }
  }

  private static void closeQuietly(OutputStream to) {
    try {
      to.close();
    } catch (IOException e) {
      // Nothing left to do with a sink that cannot even be closed.
    }
  }

  private Executor daemonExecutor() {
    return task -> Thread.ofPlatform().daemon().name("knaller-" + pid() + "-exit").start(task);
  }
}
