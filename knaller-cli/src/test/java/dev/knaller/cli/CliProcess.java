package dev.knaller.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A knaller CLI run as its own process (through the root launcher), output captured by line. */
final class CliProcess {
  private final Process process;
  private final List<String> stdout = new CopyOnWriteArrayList<>();
  private final List<String> stderr = new CopyOnWriteArrayList<>();
  private final Thread[] drainers;

  private CliProcess(Process process) {
    this.process = process;
    this.drainers =
        new Thread[] {
          drain(process.getInputStream(), stdout), drain(process.getErrorStream(), stderr)
        };
  }

  static CliProcess start(List<String> argv, Map<String, String> environment) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(argv);
    builder.environment().putAll(environment);
    Process process = builder.start();
    process.getOutputStream().close();
    return new CliProcess(process);
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Waits for a stdout line starting with {@code prefix}; empty if the process ended first. */
  Optional<String> awaitStdoutLine(String prefix, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<String> line = stdout.stream().filter(l -> l.startsWith(prefix)).findFirst();
      if (line.isPresent() || !process.isAlive()) {
        return line.or(() -> stdout.stream().filter(l -> l.startsWith(prefix)).findFirst());
      }
      Thread.sleep(50);
    }
    return Optional.empty();
  }

  /** Waits for the exit and the end of its output; returns the exit code. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("knaller did not exit within " + timeout + "; stderr: " + stderr());
    }
    for (Thread drainer : drainers) {
      drainer.join(5000);
    }
    return process.exitValue();
  }

  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
  }

  void signal(String signal) throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-s", signal, Long.toString(process.pid())).start().waitFor();
  }

  String stdout() {
    return String.join("\n", stdout);
  }

  String stderr() {
    return String.join("\n", stderr);
  }

  private static Thread drain(InputStream stream, List<String> lines) {
    return Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                reader.lines().forEach(lines::add);
              } catch (IOException e) {
                // The process ended and its pipe closed.
              }
            });
  }
}
