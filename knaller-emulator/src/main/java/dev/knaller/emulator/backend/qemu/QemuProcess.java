package dev.knaller.emulator.backend.qemu;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * One running qemu-system-x86_64 and its QMP connection, driven the way Firecracker's API drives a
 * microVM.
 *
 * <p>Lifecycle: {@link #start} returns once QMP answers (QEMU runs the vCPUs from then on); then
 * {@link #pause}, {@link #resume} and {@link #sendCtrlAltDel} in any order; {@link #exit()}
 * completes when QEMU ends. A guest reset (the usual answer to Ctrl+Alt+Del with {@code reboot=k},
 * or a panic with {@code panic=1}) makes this class quit QEMU, so the exit code is 0 as with
 * Firecracker; a guest poweroff leaves QEMU stopped but running, as Firecracker on x86 keeps
 * running. {@link #kill()} ends it at once.
 */
public final class QemuProcess {
  private static final Pattern GUEST_RESET =
      Pattern.compile("\"event\": *\"SHUTDOWN\".*\"reason\": *\"guest-(reset|panic)\"");
  private static final Duration POLL = Duration.ofMillis(50);

  private final Process process;
  private final Path runtimeDirectory;
  private final QemuStderr stderr;
  private final CompletableFuture<Integer> exit;
  private volatile QmpClient qmp;

  private QemuProcess(Process process, Path runtimeDirectory, QemuStderr stderr) {
    this.process = process;
    this.runtimeDirectory = runtimeDirectory;
    this.stderr = stderr;
    this.exit =
        process
            .onExit()
            .thenApply(
                ended -> {
                  removeRuntimeDirectory();
                  return firecrackerExitCode(ended);
                });
  }

  /**
   * Launches QEMU for {@code machine} (whose QMP socket must lie in {@code runtimeDirectory}, which
   * is removed when QEMU ends) and waits up to {@code timeout} for QMP.
   */
  public static QemuProcess start(
      Path qemu, QemuMachine machine, Path runtimeDirectory, Duration timeout)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(QemuArguments.argv(qemu, machine))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(ProcessBuilder.Redirect.INHERIT);
    Process process = builder.start();
    QemuProcess started =
        new QemuProcess(process, runtimeDirectory, QemuStderr.drain(process.getErrorStream()));
    try {
      started.connect(machine.qmpSocket(), timeout);
      return started;
    } catch (IOException | InterruptedException e) {
      started.kill();
      throw e;
    }
  }

  private void connect(Path socket, Duration timeout) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (!Files.exists(socket)) {
      if (!process.isAlive()) {
        process.waitFor();
        stderr.awaitEnd(Duration.ofSeconds(2)); // the last lines say why it exited
        throw new IOException(
            "qemu-system-x86_64 exited with status "
                + process.exitValue()
                + " before its QMP socket appeared: "
                + stderr.text());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IOException(
            "qemu-system-x86_64 created no QMP socket within "
                + timeout.toMillis()
                + " ms: "
                + stderr.text());
      }
      Thread.sleep(POLL);
    }
    qmp = QmpClient.connect(socket, Duration.between(Instant.now(), deadline).abs(), this::onEvent);
  }

  /** Presses Ctrl+Alt+Del on the guest's keyboard; returns at once. */
  public void sendCtrlAltDel() throws IOException, InterruptedException {
    qmp.execute(
        "send-key",
        "{\"keys\": [{\"type\": \"qcode\", \"data\": \"ctrl\"},"
            + " {\"type\": \"qcode\", \"data\": \"alt\"},"
            + " {\"type\": \"qcode\", \"data\": \"delete\"}]}");
  }

  /** Stops the vCPUs; QMP {@code stop} answers once they are stopped. */
  public void pause() throws IOException, InterruptedException {
    qmp.execute("stop", "{}");
  }

  public void resume() throws IOException, InterruptedException {
    qmp.execute("cont", "{}");
  }

  /** QEMU's run state ({@code running}, {@code paused}, {@code shutdown}, ...). */
  public String runState() throws IOException, InterruptedException {
    String answer = qmp.execute("query-status", "{}");
    var matcher = Pattern.compile("\"status\": *\"([a-z-]+)\"").matcher(answer);
    return matcher.find() ? matcher.group(1) : answer;
  }

  /** Completes with Firecracker's exit code when QEMU ends: 0 after a guest reset, else 1. */
  public CompletableFuture<Integer> exit() {
    return exit;
  }

  public long pid() {
    return process.pid();
  }

  /** The last lines QEMU wrote to stderr. */
  public List<String> stderrTail() {
    return stderr.lines();
  }

  /** Ends QEMU at once. Idempotent. */
  public void kill() {
    process.destroyForcibly();
    closeQmp();
  }

  private void onEvent(String event) {
    if (GUEST_RESET.matcher(event).find()) {
      // Called on the QMP reader thread, which must stay free to deliver quit's answer.
      Thread.ofVirtual().start(this::quit);
    }
  }

  private void quit() {
    try {
      qmp.execute("quit", "{}");
    } catch (IOException e) {
      process.destroyForcibly(); // QMP gone: make sure QEMU does not linger
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void closeQmp() {
    QmpClient client = qmp;
    if (client != null) {
      try {
        client.close();
      } catch (IOException e) {
        // closing a socket whose peer is gone; nothing to do
      }
    }
  }

  private static int firecrackerExitCode(Process ended) {
    return ended.exitValue() == 0 ? 0 : 1;
  }

  private void removeRuntimeDirectory() {
    closeQmp();
    try (var files = Files.list(runtimeDirectory)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(runtimeDirectory);
    } catch (IOException e) {
      // already gone, or QEMU left something behind in the temp dir; not worth failing over
    }
  }
}
