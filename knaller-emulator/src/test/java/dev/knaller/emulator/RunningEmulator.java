package dev.knaller.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** An emulator run in this JVM on a socket in a temp directory, for raw-socket tests. */
public final class RunningEmulator implements AutoCloseable {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(10);
  private final Emulator emulator;
  private final CompletableFuture<Integer> exitCode;
  private final Path socket;
  private final ByteArrayOutputStream stdout;
  private final List<RawConnection> connections = new ArrayList<>();

  private RunningEmulator(
      Emulator emulator,
      CompletableFuture<Integer> exitCode,
      Path socket,
      ByteArrayOutputStream stdout) {
    this.emulator = emulator;
    this.exitCode = exitCode;
    this.socket = socket;
    this.stdout = stdout;
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
    var stdout = new ByteArrayOutputStream();
    var print = new PrintStream(stdout, true, StandardCharsets.UTF_8);
    var emulator = new Emulator(print, print);
    var exit = new CompletableFuture<Integer>();
    Thread.ofPlatform()
        .name("emulator-" + socket)
        .daemon()
        .start(() -> exit.complete(emulator.run(args, env)));
    var running = new RunningEmulator(emulator, exit, socket, stdout);
    running.awaitReady();
    return running;
  }

  public static RunningEmulator start(Path dir) throws IOException, InterruptedException {
    return start(dir, "1.16.1", Map.of());
  }

  private void awaitReady() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (exitCode.isDone()) {
        throw new IOException("emulator exited at start: " + output());
      }
      if (Files.exists(socket)) {
        try (var probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
          probe.connect(UnixDomainSocketAddress.of(socket));
          return;
        } catch (IOException notYet) {
          // bound but not listening yet
        }
      }
      Thread.sleep(5);
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
  public int awaitExit(Duration timeout) throws Exception {
    return exitCode.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public boolean exited() {
    return exitCode.isDone();
  }

  public String output() {
    return stdout.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    for (var connection : connections) {
      connection.close();
    }
    emulator.requestExit(0);
    exitCode.orTimeout(10, TimeUnit.SECONDS).join();
  }
}
