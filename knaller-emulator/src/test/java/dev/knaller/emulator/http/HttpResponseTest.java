package dev.knaller.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The exact wire bytes of each response kind (API-NOTES section 1). */
class HttpResponseTest {

  private static String wire(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void noContentHasNeitherTypeNorLength() {
    assertThat(wire(HttpResponse.noContent().encode()))
        .isEqualTo("HTTP/1.1 204 \r\nServer: Firecracker API\r\nConnection: keep-alive\r\n\r\n");
  }

  @Test
  void okCarriesTypeAndLengthAfterTheDeprecationHeader() {
    var response = HttpResponse.ok("{\"a\":1}").withDeprecation(true);
    assertThat(wire(response.encode()))
        .isEqualTo(
            String.join(
                "\r\n",
                "HTTP/1.1 200 ",
                "Server: Firecracker API",
                "Connection: keep-alive",
                "Deprecation: true",
                "Content-Type: application/json",
                "Content-Length: 7",
                "",
                "{\"a\":1}"));
  }

  @Test
  void contentLengthCountsUtf8Bytes() {
    assertThat(wire(HttpResponse.ok("\"ü\"").encode())).contains("Content-Length: 4\r\n");
  }

  @Test
  void transportErrorBodyHasARawNewline() {
    assertThat(HttpResponse.transportError("Invalid request.").body())
        .isEqualTo(
            "{ \"error\": \"Invalid request.\nAll previous unanswered requests will be dropped.\" }");
  }

  @Test
  void tooManyConnectionsHasNoTrailingSpaceAndCloses() {
    assertThat(wire(HttpResponse.tooManyConnections()))
        .isEqualTo(
            "HTTP/1.1 503\r\nServer: Firecracker API\r\nConnection: close\r\nContent-Length: 40"
                + "\r\n\r\n{ \"error\": \"Too many open connections\" }");
  }

  @Test
  void continueUsesTheRequestVersion() {
    assertThat(wire(HttpResponse.continueFor("HTTP/1.0")))
        .isEqualTo("HTTP/1.0 100 \r\nServer: Firecracker API\r\nConnection: keep-alive\r\n\r\n");
  }
}
