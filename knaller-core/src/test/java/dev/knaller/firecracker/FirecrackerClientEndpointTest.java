package dev.knaller.firecracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every client method against a fake Firecracker: the exact request, the answer, the fault. */
class FirecrackerClientEndpointTest {
  @TempDir Path directory;
  private FakeFirecrackerServer server;
  private FirecrackerClient client;

  @BeforeEach
  void start() throws IOException {
    server = FakeFirecrackerServer.start(directory);
    client =
        FirecrackerClient.builder(server.socket()).version(FirecrackerVersion.of(1, 16, 1)).build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.close();
  }

  static List<EndpointCase> cases() {
    return EndpointCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sendsTheExactRequest(EndpointCase endpoint) throws FirecrackerException {
    if (endpoint.answer() != null) {
      server.thenReply(FakeReply.json(200, endpoint.answer()));
    }

    endpoint.call().call(client);

    RecordedRequest request = server.lastRequest();
    assertThat(server.requests()).hasSize(1);
    assertThat(request.line()).isEqualTo(endpoint.method() + " " + endpoint.path());
    assertThat(request.version()).isEqualTo("HTTP/1.1");
    assertThat(request.body()).isEqualTo(endpoint.body() == null ? "" : endpoint.body());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void framesEveryRequestByContentLengthOnly(EndpointCase endpoint) throws FirecrackerException {
    if (endpoint.answer() != null) {
      server.thenReply(FakeReply.json(200, endpoint.answer()));
    }

    endpoint.call().call(client);

    RecordedRequest request = server.lastRequest();
    int bytes = request.body().getBytes(StandardCharsets.UTF_8).length;
    assertThat(request.headers()).containsEntry("content-length", Integer.toString(bytes));
    assertThat(request.headers()).doesNotContainKeys("expect", "transfer-encoding");
    if (endpoint.body() != null) {
      assertThat(request.headers()).containsEntry("content-type", "application/json");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void surfacesTheFaultWithMethodPathAndStatus(EndpointCase endpoint) {
    String fault = "The requested operation is not supported after starting the microVM.";
    server.thenReply(FakeReply.fault(fault));

    assertThatThrownBy(() -> endpoint.call().call(client))
        .isInstanceOfSatisfying(
            FirecrackerApiException.class,
            ex -> {
              assertThat(ex.method()).isEqualTo(endpoint.method());
              assertThat(ex.path()).isEqualTo(endpoint.path());
              assertThat(ex.status()).isEqualTo(400);
              assertThat(ex.faultMessage()).isEqualTo(fault);
              assertThat(ex)
                  .hasMessage(
                      endpoint.method() + " " + endpoint.path() + " returned 400: " + fault);
            });
  }
}
