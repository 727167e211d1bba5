package dev.knaller.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.firecracker.FirecrackerClient;
import dev.knaller.firecracker.model.MachineConfiguration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

// Bounds a hang (a floor that miscounts bytes blocks forever); not a timing assertion.
@Timeout(30)
class ReplayingFirecrackerTest {
  @TempDir Path directory;

  @Test
  void forwardsTheFirstRequestOfEachKindAndReplaysItAfterwards() throws Exception {
    try (EmulatorFixture emulator = EmulatorFixture.start(directory.resolve("e.socket"));
        ReplayingFirecracker replay =
            new ReplayingFirecracker(directory.resolve("r.socket"), emulator.socket());
        FirecrackerClient client = FirecrackerClient.open(replay.socket())) {
      assertThat(client.version().toString()).isEqualTo("1.16.1");
      client.putMachineConfig(MachineConfiguration.of(2, 1024));
      assertThat(client.version().toString()).isEqualTo("1.16.1");
      client.putMachineConfig(MachineConfiguration.of(2, 1024));

      List<WireExchange> recorded = replay.takeRecorded();

      // The emulator answers GET /version with 150 bytes and a PUT with the 66-byte 204.
      assertThat(recorded).hasSize(2);
      assertThat(recorded.get(0).responseBytes()).isEqualTo(150);
      assertThat(recorded.get(1).responseBytes()).isEqualTo(66);
    }
  }

  @Test
  void theRawFloorMovesExactlyTheScriptedByteCounts() throws Exception {
    WireExchange exchange = new WireExchange(87, 150);
    try (UnixServer floor =
            RawFloorServer.start(directory.resolve("raw.socket"), List.of(exchange));
        RawFloorClient blocking = new RawFloorClient(floor.socket());
        SelectorFloorClient selecting = new SelectorFloorClient(floor.socket())) {
      for (int i = 0; i < 3; i++) {
        assertThat(blocking.exchange(exchange)).isZero();
        assertThat(selecting.exchange(exchange)).isZero();
      }
    }
  }
}
