package dev.knaller.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Error classes and routing precedence: no 404/405, transport 400s (API-NOTES 2.1, 6.2). */
class ErrorShapeTest {
  @TempDir Path dir;
  private RunningEmulator emulator;

  @BeforeEach
  void start() throws Exception {
    emulator = RunningEmulator.start(dir);
  }

  @AfterEach
  void stop() throws Exception {
    emulator.close();
  }

  @Test
  void unknownPathIsA400NotA404() throws Exception {
    assertThat(emulator.call("GET", "/nope", null))
        .isEqualTo(Wire.fault("Invalid request method and/or path: GET nope."));
    assertThat(emulator.call("PATCH", "/boot-source", "{}"))
        .isEqualTo(Wire.fault("Invalid request method and/or path: PATCH boot-source."));
    assertThat(emulator.call("GET", "/vm", null))
        .isEqualTo(Wire.fault("Invalid request method and/or path: GET vm."));
    assertThat(emulator.call("PUT", "/", "{}"))
        .isEqualTo(Wire.fault("Invalid request method and/or path: PUT ."));
  }

  @Test
  void bodyRulesComeBeforeThePath() throws Exception {
    assertThat(emulator.call("GET", "/nope", "{}"))
        .isEqualTo(Wire.fault("GET request cannot have a body."));
    assertThat(emulator.call("PUT", "/nope", null)).isEqualTo(Wire.fault("Empty PUT request."));
    assertThat(emulator.call("PATCH", "/vm", null)).isEqualTo(Wire.fault("Empty PATCH request."));
    assertThat(emulator.call("DELETE", "/drives/a", "{}"))
        .isEqualTo(Wire.fault("Empty Delete request."));
  }

  @Test
  void onlyTheFirstTokensCount() throws Exception {
    assertThat(emulator.call("GET", "/version/extra/tokens", null))
        .isEqualTo(Wire.json(200, "{\"firecracker_version\":\"1.16.1\"}"));
    assertThat(emulator.call("GET", "version", null)).contains("\"state\":\"Not started\"");
  }

  @Test
  void unsupportedMethodIsATransportErrorWithInvalidJson() throws Exception {
    assertThat(emulator.exchange("POST / HTTP/1.1\r\n\r\n"))
        .isEqualTo(Wire.transportError("Invalid HTTP Method: Unsupported HTTP method."));
  }

  @Test
  void aTransportErrorMidHeadersLeavesTheConnectionPoisoned() throws Exception {
    try (var connection = emulator.connect()) {
      connection.send("PUT /vm HTTP/1.1\r\nContent-Length: x\r\n");
      assertThat(connection.readResponse())
          .isEqualTo(
              Wire.transportError(
                  "Invalid header. Reason: Invalid value. Key:Content-Length; Value: x"));
      connection.send("GET / HTTP/1.1\r\n\r\n");
      assertThat(connection.readResponse()).contains("{ \"error\": \"Invalid header.");
    }
    assertThat(emulator.call("GET", "/", null)).startsWith("HTTP/1.1 200 ");
  }

  @Test
  void snapshotSubPathsHaveTheirOwnMessages() throws Exception {
    assertThat(emulator.call("PUT", "/snapshot", "{}"))
        .isEqualTo(Wire.fault("Missing snapshot operation type."));
    assertThat(emulator.call("PUT", "/snapshot/x", "{}"))
        .isEqualTo(Wire.fault("Invalid request method and/or path: PUT /snapshot/x."));
    assertThat(emulator.call("PUT", "/mmds/x", "{}"))
        .isEqualTo(Wire.fault("Unrecognized PUT request path `x`."));
    assertThat(emulator.call("GET", "/balloon/x", null))
        .isEqualTo(Wire.fault("Unrecognized GET request path `x`."));
  }

  @Test
  void deleteIsAMethodOnlyFromV116() throws Exception {
    try (var old =
        RunningEmulator.start(
            dir.resolve("old").toFile().mkdir() ? dir.resolve("old") : dir, "1.13.1", Map.of())) {
      assertThat(old.call("DELETE", "/drives/a", null))
          .isEqualTo(Wire.transportError("Invalid HTTP Method: Unsupported HTTP method."));
    }
  }
}
