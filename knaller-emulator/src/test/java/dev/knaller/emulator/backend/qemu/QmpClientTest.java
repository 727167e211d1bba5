package dev.knaller.emulator.backend.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QmpClientTest {
  @TempDir Path dir;

  private final List<String> events = new CopyOnWriteArrayList<>();

  @Test
  void negotiatesCapabilitiesThenRunsCommandsSkippingEvents() throws Exception {
    Path socket = dir.resolve("qmp.sock");
    try (FakeQmpServer qemu = new FakeQmpServer(socket);
        QmpClient client = QmpClient.connect(socket, Duration.ofSeconds(5), events::add)) {
      String answer = client.execute("stop", "{}");

      assertThat(answer).isEqualTo("{\"return\": {}}");
      assertThat(events).hasSize(2).allMatch(event -> event.contains("\"event\": \"RESUME\""));
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
        QmpClient client = QmpClient.connect(socket, Duration.ofSeconds(5), events::add)) {
      assertThatThrownBy(() -> client.execute("fail-me", "{}"))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("QMP fail-me failed")
          .hasMessageContaining("CommandNotFound");
      assertThat(qemu.requests).hasSize(2);
    }
  }

  @Test
  void aCommandAfterQemuWentAwayFailsClearly() throws Exception {
    Path socket = dir.resolve("qmp.sock");
    try (FakeQmpServer qemu = new FakeQmpServer(socket);
        QmpClient client = QmpClient.connect(socket, Duration.ofSeconds(5), events::add)) {
      qemu.disconnect();

      assertThatThrownBy(() -> client.execute("cont", "{}"))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("QEMU closed its QMP socket during cont");
    }
  }

  @Test
  void aSocketThatNeverAppearsTimesOutNamingIt() {
    Path socket = dir.resolve("absent.sock");

    assertThatThrownBy(() -> QmpClient.connect(socket, Duration.ofMillis(200), events::add))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(socket + " did not accept a connection within 200 ms");
  }
}
