package dev.knaller.firecracker;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knaller.firecracker.model.InstanceState;
import dev.knaller.firecracker.model.NetworkInterface;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the client frames, keeps, drops and bounds its connection, against a fake Firecracker. */
class FirecrackerClientTransportTest {
  private static final String INFO =
      "{\"app_name\":\"Firecracker\",\"id\":\"vm1\",\"state\":\"Paused\",\"vmm_version\":\"1.16.1\"}";

  @TempDir Path directory;
  private FakeFirecrackerServer server;
  private FirecrackerClient client;

  @BeforeEach
  void start() throws IOException {
    server = FakeFirecrackerServer.start(directory);
    client = clientWithReadTimeout(Duration.ofSeconds(10));
  }

  private FirecrackerClient clientWithReadTimeout(Duration timeout) {
    return FirecrackerClient.builder(server.socket())
        .readTimeout(timeout)
        .version(FirecrackerVersion.of(1, 16, 1))
        .build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.close();
  }

  @Test
  void reusesOneConnectionForManyCalls() throws FirecrackerException {
    for (int i = 0; i < 20; i++) {
      client.startInstance();
      client.version();
    }

    assertThat(server.requests()).hasSize(40);
    assertThat(server.acceptedConnections()).isEqualTo(1);
  }

  @Test
  void readsAResponseSplitAcrossManyWritesWithPauses() throws FirecrackerException {
    server.thenReply(FakeReply.json(200, INFO).inPieces(7, Duration.ofMillis(5)));

    assertThat(client.describeInstance().state()).isEqualTo(InstanceState.PAUSED);
  }

  @Test
  void readsA204WithoutContentLengthAndKeepsTheConnection() throws FirecrackerException {
    server.thenReply(FakeReply.raw("HTTP/1.1 204 \r\nServer: Firecracker API\r\n\r\n"));

    client.pauseVm();
    client.resumeVm();

    assertThat(server.acceptedConnections()).isEqualTo(1);
  }

  @Test
  void reportsATransportErrorBodyRawAndReconnectsAfterIt() throws FirecrackerException {
    server.thenReply(FakeReply.transportError("Invalid request."));

    assertThatThrownBy(client::startInstance)
        .isInstanceOfSatisfying(
            FirecrackerApiException.class,
            ex ->
                assertThat(ex.faultMessage())
                    .isEqualTo(
                        "{ \"error\": \"Invalid request.\nAll previous unanswered requests will"
                            + " be dropped.\" }"));
    client.startInstance();

    assertThat(server.acceptedConnections()).isEqualTo(2);
  }

  @Test
  void reconnectsAfterA5xx() throws FirecrackerException {
    server.thenReply(FakeReply.json(500, "read error"));

    assertThatThrownBy(client::flushMetrics)
        .isInstanceOfSatisfying(
            FirecrackerApiException.class, ex -> assertThat(ex.status()).isEqualTo(500));
    client.flushMetrics();

    assertThat(server.acceptedConnections()).isEqualTo(2);
  }

  @Test
  void reportsTheConnectionLimitReplyAndRedials() throws FirecrackerException {
    String body = "{ \"error\": \"Too many open connections\" }";
    server.thenReply(
        FakeReply.raw(
            "HTTP/1.1 503\r\nServer: Firecracker API\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: 40\r\n\r\n"
                + body));

    assertThatThrownBy(client::startInstance)
        .isInstanceOfSatisfying(
            FirecrackerApiException.class,
            ex -> {
              assertThat(ex.status()).isEqualTo(503);
              assertThat(ex.faultMessage()).isEqualTo(body);
            });
    client.startInstance();

    assertThat(server.acceptedConnections()).isEqualTo(2);
  }

  @Test
  void keepsTheConnectionAfterAnApiFault() throws FirecrackerException {
    server.thenReply(FakeReply.fault("Start microvm error: no kernel."));

    assertThatThrownBy(client::startInstance).isInstanceOf(FirecrackerApiException.class);
    client.startInstance();

    assertThat(server.acceptedConnections()).isEqualTo(1);
  }

  @Test
  void failsAndReconnectsWhenTheServerDiesMidResponse() throws FirecrackerException {
    server.thenReply(FakeReply.json(200, INFO).truncatedThenClosed(60));

    assertThatThrownBy(client::describeInstance)
        .isExactlyInstanceOf(FirecrackerException.class)
        .hasMessageContaining("GET /")
        .hasMessageContaining("connection closed after 60 bytes");
    client.startInstance();

    assertThat(server.acceptedConnections()).isEqualTo(2);
  }

  @Test
  void redialsWhenTheServerClosedTheIdleConnection() throws FirecrackerException {
    server.thenReply(FakeReply.noContent().truncatedThenClosed(FakeReply.noContent().length()));

    client.startInstance();
    client.startInstance();

    assertThat(server.requests()).hasSize(2);
    assertThat(server.acceptedConnections()).isEqualTo(2);
  }

  @Test
  void timesOutWhenTheServerNeverAnswers() {
    server.thenReply(FakeReply.silence());

    try (FirecrackerClient impatient = clientWithReadTimeout(Duration.ofMillis(300))) {
      assertThatThrownBy(impatient::startInstance)
          .isInstanceOfSatisfying(
              FirecrackerTimeoutException.class,
              ex -> assertThat(ex.timeout()).isEqualTo(Duration.ofMillis(300)))
          .hasMessageContaining("PUT /actions")
          .hasMessageContaining("waiting for the response");
    }
  }

  @Test
  void reconnectsAfterATimeoutSoALateAnswerIsNotMistakenForTheNext() throws FirecrackerException {
    server.thenReply(FakeReply.silence());

    try (FirecrackerClient impatient = clientWithReadTimeout(Duration.ofMillis(300))) {
      assertThatThrownBy(impatient::startInstance).isInstanceOf(FirecrackerTimeoutException.class);
      impatient.startInstance();
    }

    assertThat(server.acceptedConnections()).isEqualTo(2);
  }

  @Test
  void givesUpWhenInterruptedAndKeepsTheInterruptFlag() {
    server.thenReply(FakeReply.silence());

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(client::startInstance)
          .isExactlyInstanceOf(FirecrackerException.class)
          .hasMessageContaining("PUT /actions")
          .hasMessageContaining("was interrupted");
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  @Test
  void serialisesCallsFromManyThreadsOverOneConnection() throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        calls.add(
            pool.submit(
                () -> {
                  client.flushMetrics();
                  return null;
                }));
      }
      for (Future<?> call : calls) {
        call.get(10, TimeUnit.SECONDS);
      }
    }

    assertThat(server.requests()).hasSize(40);
    assertThat(server.acceptedConnections()).isEqualTo(1);
  }

  @Test
  void dropsTheConnectionWhenBytesFollowTheResponse() throws FirecrackerException {
    String twice = new String(FakeReply.noContent().chunks().getFirst(), UTF_8);
    server.thenReply(FakeReply.raw(twice + twice));

    client.startInstance();
    client.startInstance();

    assertThat(server.acceptedConnections()).isEqualTo(2);
  }

  @Test
  void reportsAMalformedStatusLineAsAProtocolError() {
    server.thenReply(FakeReply.raw("HTTP/2 200\r\n\r\n"));

    assertThatThrownBy(client::startInstance)
        .isInstanceOf(FirecrackerProtocolException.class)
        .hasMessageContaining("malformed status line: HTTP/2 200");
  }

  @Test
  void reportsAnUnreadableBodyAsAProtocolError() {
    server.thenReply(FakeReply.json(200, "{\"state\":\"Running\"}"));

    assertThatThrownBy(client::describeInstance)
        .isInstanceOf(FirecrackerProtocolException.class)
        .hasMessageContaining("GET /")
        .hasMessageContaining("app_name is required");
  }

  @Test
  void ignoresFieldsANewerServerAdds() throws FirecrackerException {
    server.thenReply(FakeReply.json(200, INFO.replace("}", ",\"future_field\":{\"x\":[1,2]}}")));

    assertThat(client.describeInstance().id()).isEqualTo("vm1");
  }

  @Test
  void reportsAMissingSocketFileAsNotListening() throws IOException {
    server.close();

    assertThatThrownBy(client::startInstance)
        .isInstanceOfSatisfying(
            FirecrackerNotListeningException.class,
            ex -> {
              assertThat(ex.socketMissing()).isTrue();
              assertThat(ex.socket()).isEqualTo(server.socket());
            });
  }

  @Test
  void leaksNoDescriptorsWhileWaitingForASocket() throws IOException {
    Path missing = directory.resolve("not-yet.socket");
    long before = openDescriptors();

    try (FirecrackerClient waiting = FirecrackerClient.open(missing)) {
      for (int i = 0; i < 200; i++) {
        assertThatThrownBy(waiting::connect).isInstanceOf(FirecrackerNotListeningException.class);
      }
    }

    // Two descriptors per attempt (socket and selector) would show as 400 more.
    assertThat(openDescriptors()).isLessThan(before + 50);
  }

  private static long openDescriptors() throws IOException {
    try (var entries = Files.list(Path.of("/proc/self/fd"))) {
      return entries.count();
    }
  }

  @Test
  void reportsAStaleSocketFileAsNotListening() throws IOException {
    Path stale = directory.resolve("stale.socket");
    try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      dead.bind(UnixDomainSocketAddress.of(stale));
    }
    assertThat(Files.exists(stale)).isTrue();

    try (FirecrackerClient orphan = FirecrackerClient.open(stale)) {
      assertThatThrownBy(orphan::connect)
          .isInstanceOfSatisfying(
              FirecrackerNotListeningException.class,
              ex -> assertThat(ex.socketMissing()).isFalse())
          .hasMessageContaining("connection refused");
    }
  }

  @Test
  void surfacesTheTapFaultByteForByteWithMethodPathAndStatus() {
    // REPORTED-FAULTS B05: the fault text must reach the caller exactly, with the call.
    String fault =
        "Could not create the network device: tap open failed: resource busy (os error 16)";
    String body = "{\"fault_message\":\"" + fault + "\"}";
    server.thenReply(
        FakeReply.raw(
            "HTTP/1.1 400 \r\nContent-Type: application/json\r\nContent-Length: "
                + body.length()
                + "\r\n\r\n"
                + body));

    assertThatThrownBy(() -> client.putNetworkInterface(NetworkInterface.of("eth0", "tap0", null)))
        .isInstanceOfSatisfying(
            FirecrackerApiException.class, ex -> assertThat(ex.faultMessage()).isEqualTo(fault))
        .hasMessage("PUT /network-interfaces/eth0 returned 400: " + fault);
  }

  @Test
  void refusesCallsOnceClosed() {
    client.close();

    assertThatThrownBy(client::startInstance)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is closed");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void refusesAPathIdWithAHyphenBeforeSending() {
    assertThatThrownBy(() -> client.deleteDrive("root-fs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("drive_id \"root-fs\"")
        .hasMessageContaining("\"root_fs\"");
    assertThatThrownBy(() -> client.deleteDrive(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("drive_id must not be empty");

    assertThat(server.requests()).isEmpty();
  }

  @Test
  void acceptsUnicodeLettersInPathIds() throws FirecrackerException {
    client.deleteDrive("dätä_1");

    assertThat(server.lastRequest().path()).isEqualTo("/drives/dätä_1");
  }
}
