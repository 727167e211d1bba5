package dev.knaller.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** micro_http connection behaviour (API-NOTES 1 and 6.7). */
class ConnectionHandlingTest {
  private static final Duration QUIET = Duration.ofMillis(300);
  @TempDir Path dir;

  @Test
  void theEleventhConnectionGetsTheRaw503AndIsClosed() throws Exception {
    try (var emulator = RunningEmulator.start(dir)) {
      List<RawConnection> open = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        open.add(emulator.connect());
      }
      open.getLast().send("GET /version HTTP/1.1\r\n\r\n");
      assertThat(open.getLast().readResponse()).startsWith("HTTP/1.1 200 ");
      try (var eleventh = RawConnection.open(emulator.socket())) {
        assertThat(eleventh.readUntilClosed())
            .isEqualTo(
                "HTTP/1.1 503\r\nServer: Firecracker API\r\nConnection: close\r\n"
                    + "Content-Length: 40\r\n\r\n{ \"error\": \"Too many open connections\" }");
      }
      open.getFirst().close();
    }
  }

  @Test
  void aHalfCloseDropsThePendingRequestSilently() throws Exception {
    Path kernel = Files.createFile(dir.resolve("vmlinux"));
    var knobs = Map.of("KNALLER_EMULATOR_LATENCY_MS", "InstanceStart=800");
    try (var emulator = RunningEmulator.start(dir, "1.16.1", knobs);
        var busy = emulator.connect();
        var connection = emulator.connect()) {
      emulator.call("PUT", "/boot-source", "{\"kernel_image_path\":\"" + kernel + "\"}");
      // Keep the single API thread busy so the request and the FIN are both waiting for it.
      busy.send(RunningEmulator.request("PUT", "/actions", "{\"action_type\":\"InstanceStart\"}"));
      Thread.sleep(200);
      connection.send(RunningEmulator.request("PUT", "/mmds", "{\"dropped\":true}"));
      connection.shutdownOutput();
      assertThat(busy.readResponse()).isEqualTo(Wire.NO_CONTENT);
      assertThat(connection.silentFor(QUIET)).isTrue();
      assertThat(emulator.call("GET", "/mmds", null)).endsWith("{}");
    }
  }

  @Test
  void aStrayCrlfAfterTheBodyInTheSameWriteDropsTheRequest() throws Exception {
    try (var emulator = RunningEmulator.start(dir);
        var connection = emulator.connect()) {
      connection.send(
          RunningEmulator.request(
                  "PUT", "/machine-config", "{\"vcpu_count\":4,\"mem_size_mib\":64}")
              + "\r\n");
      assertThat(connection.readResponse()).isEqualTo(Wire.transportError("Invalid request."));
      assertThat(emulator.call("GET", "/machine-config", null)).contains("\"vcpu_count\":1,");
    }
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrder() throws Exception {
    try (var emulator = RunningEmulator.start(dir);
        var connection = emulator.connect()) {
      connection.send(
          RunningEmulator.request(
                  "PUT", "/machine-config", "{\"vcpu_count\":4,\"mem_size_mib\":64}")
              + "GET /machine-config HTTP/1.1\r\n\r\n");
      assertThat(connection.readResponse()).isEqualTo(Wire.NO_CONTENT);
      assertThat(connection.readResponse()).contains("\"vcpu_count\":4,");
    }
  }

  @Test
  void thePayloadLimitFollowsTheFlagAndIsA400() throws Exception {
    try (var emulator =
        RunningEmulator.start(dir, "1.16.1", Map.of(), "--http-api-max-payload-size", "250")) {
      String body = "{\"k\":\"" + "x".repeat(252) + "\"}";
      assertThat(emulator.call("PUT", "/mmds", body))
          .isEqualTo(
              Wire.transportError(
                  "Request payload with size 260 is larger than the limit of 250 allowed by"
                      + " server."));
    }
  }

  @Test
  void expectContinueGetsAnInterimResponse() throws Exception {
    try (var emulator = RunningEmulator.start(dir);
        var connection = emulator.connect()) {
      connection.send("PUT /mmds HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
      assertThat(connection.readResponse())
          .isEqualTo("HTTP/1.1 100 \r\nServer: Firecracker API\r\nConnection: keep-alive\r\n\r\n");
      connection.send("{}");
      assertThat(connection.readResponse()).isEqualTo(Wire.NO_CONTENT);
    }
  }

  @Test
  void requestsFromAllConnectionsRunOneAtATime() throws Exception {
    Path kernel = Files.createFile(dir.resolve("vmlinux"));
    var knobs = Map.of("KNALLER_EMULATOR_LATENCY_MS", "InstanceStart=1500");
    try (var emulator = RunningEmulator.start(dir, "1.16.1", knobs);
        var starter = emulator.connect();
        var observer = emulator.connect()) {
      emulator.call("PUT", "/boot-source", "{\"kernel_image_path\":\"" + kernel + "\"}");
      starter.send(
          RunningEmulator.request("PUT", "/actions", "{\"action_type\":\"InstanceStart\"}"));
      // Give the server time to pick up the start first; it then sleeps well beyond this.
      Thread.sleep(300);
      observer.send("GET / HTTP/1.1\r\n\r\n");
      // The GET waits behind the slow start, so it sees the VM already running.
      assertThat(observer.readResponse()).contains("\"state\":\"Running\"");
      assertThat(starter.readResponse()).isEqualTo(Wire.NO_CONTENT);
    }
  }

  @Test
  void theServerNeverClosesAnIdleConnection() throws Exception {
    try (var emulator = RunningEmulator.start(dir);
        var connection = emulator.connect()) {
      assertThat(connection.silentFor(QUIET)).isTrue();
      connection.send("GET /version HTTP/1.1\r\n\r\n");
      assertThat(connection.readResponse()).startsWith("HTTP/1.1 200 ");
    }
  }
}
