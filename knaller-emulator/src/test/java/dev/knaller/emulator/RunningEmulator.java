package dev.knaller.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An {@link InProcessEmulator} on a socket in a temp directory, for raw-socket tests. */
public final class RunningEmulator implements AutoCloseable {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(10);
  private final InProcessEmulator emulator;
  private final Path socket;
  private final List<RawConnection> connections = new ArrayList<>();

  private RunningEmulator(InProcessEmulator emulator, Path socket) {
    this.emulator = emulator;
    this.socket = socket;
  }

  /** Starts profile {@code version} with extra knobs and extra flags after --api-sock. */
  public static RunningEmulator start(
      Path dir, String version, Map<String, String> knobs, String... flags)
      throws IOException, InterruptedException {
    Path socket = dir.resolve("api.sock");
    Map<String, String> env = new HashMap<>(knobs);
    env.put("KNALLER_EMULATOR_VERSION", version);
    List<String> args = new ArrayList<>(List.of("--api-sock", socket.toString()));
    args.addAll(List.of(flags));
    var running = new RunningEmulator(InProcessEmulator.start(args, env), socket);
    running.awaitReady();
    return running;
  }

  public static RunningEmulator start(Path dir) throws IOException, InterruptedException {
    return start(dir, "1.16.1", Map.of());
  }

  /** Polls connect() as a client must: the file appears at bind(), before listen(). */
  private void awaitReady() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (emulator.exitCode().isDone()) {
        throw new IOException("emulator exited at start: " + output());
      }
      try {
        RawConnection.open(socket).close();
        return;
      } catch (IOException notYet) {
        Thread.sleep(5);
      }
    }
    throw new IOException("emulator socket never became ready: " + output());
  }

  public Path socket() {
    return socket;
  }

  public RawConnection connect() throws IOException {
    var connection = RawConnection.open(socket);
    connections.add(connection);
    return connection;
  }

  /** Sends one request on a fresh connection and returns the raw response. */
  public String exchange(String request) throws IOException {
    try (var connection = RawConnection.open(socket)) {
      connection.send(request);
      return connection.readResponse();
    }
  }

  public static String request(String method, String path, String body) {
    if (body == null) {
      return method + " " + path + " HTTP/1.1\r\n\r\n";
    }
    int length = body.getBytes(StandardCharsets.UTF_8).length;
    return method + " " + path + " HTTP/1.1\r\nContent-Length: " + length + "\r\n\r\n" + body;
  }

  public String call(String method, String path, String body) throws IOException {
    return exchange(request(method, path, body));
  }

  /** The exit code, waiting up to the timeout. */
  public int awaitExit(Duration timeout) throws InterruptedException {
    return emulator
        .awaitExit(timeout)
        .orElseThrow(() -> new AssertionError("emulator still running after " + timeout));
  }

  public boolean exited() {
    return emulator.exitCode().isDone();
  }

  public String output() {
    return emulator.output();
  }

  @Override
  public void close() throws IOException {
    for (var connection : connections) {
      connection.close();
    }
    emulator.close();
  }
}
