package dev.knaller.emulator.backend.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QmpClientTest {
  @TempDir Path dir;

  @Test
  void negotiatesCapabilitiesThenRunsCommandsSkippingEvents() throws Exception {
    Path socket = dir.resolve("qmp.sock");
    try (FakeQmpServer qemu = new FakeQmpServer(socket);
        QmpClient client = QmpClient.connect(socket, Duration.ofSeconds(5))) {
      String answer = client.execute("stop", "{}");

      assertThat(answer).isEqualTo("{\"return\": {}}");
      assertThat(qemu.requests)
          .containsExactly(
              "{\"execute\": \"qmp_capabilities\", \"arguments\": {}}",
              "{\"execute\": \"stop\", \"arguments\": {}}");
    }
  }

  @Test
  void anErrorAnswerBecomesAnExceptionWithQemusText() throws Exception {
    Path socket = dir.resolve("qmp.sock");
    try (FakeQmpServer qemu = new FakeQmpServer(socket);
        QmpClient client = QmpClient.connect(socket, Duration.ofSeconds(5))) {
      assertThatThrownBy(() -> client.execute("fail-me", "{}"))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("QMP fail-me failed")
          .hasMessageContaining("CommandNotFound");
      assertThat(qemu.requests).hasSize(2);
    }
  }

  @Test
  void aSocketThatNeverAppearsTimesOutNamingIt() {
    Path socket = dir.resolve("absent.sock");

    assertThatThrownBy(() -> QmpClient.connect(socket, Duration.ofMillis(200)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(socket + " did not accept a connection within 200 ms");
  }
}
