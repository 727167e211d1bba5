package dev.knaller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Starts racing each other, and starts whose CLI was killed. */
class ConcurrencyIT extends EndToEndTestBase {
  @Test
  void ofFourConcurrentStartsOfOneNameExactlyOneWins() throws Exception {
    List<CliProcess> starts = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      starts.add(e2e.launch(e2e.startArgs("e2e-race")));
    }

    List<CliProcess> losers = new ArrayList<>();
    List<CliProcess> winners = new ArrayList<>();
    for (CliProcess start : starts) {
      boolean running =
          start.awaitStdoutLine("vm e2e-race is running", EndToEnd.START_TIMEOUT).isPresent();
      (running ? winners : losers).add(start);
    }

    assertThat(winners).hasSize(1);
    for (CliProcess loser : losers) {
      assertThat(loser.awaitExit(Duration.ofSeconds(30))).isEqualTo(ExitCodes.FAILURE);
      assertThat(loser.stderr())
          .containsAnyOf("another start of vm e2e-race", "vm e2e-race is running");
    }
    assertThat(e2e.run("stop", "--name", "e2e-race").awaitExit(EndToEnd.COMMAND_TIMEOUT)).isZero();
    winners.get(0).awaitExit(Duration.ofSeconds(30));
    e2e.assertNothingLeft("e2e-race");
  }

  // The killed start's VM ends by itself (its lifeline closed) while the new start of the name
  // begins at once: whichever of the launch script's cleanup and the new start's clearing of
  // leftovers comes first, the new start must run and nothing of either may stay.
  @Test
  void aStartWhoseCliWasKilledMidStartDoesNotBlockAnImmediateNewStart() throws Exception {
    e2e.with("KNALLER_EMULATOR_LATENCY_MS", "InstanceStart=2000");
    CliProcess start = e2e.launch(e2e.startArgs("e2e-orphan"));
    awaitSocket(e2e.socket("e2e-orphan"));

    start.kill();

    e2e.with("KNALLER_EMULATOR_LATENCY_MS", "InstanceStart=0");
    CliProcess again = e2e.startRunning("e2e-orphan");
    assertThat(e2e.run("list").stdout()).containsPattern("e2e-orphan +running");
    assertThat(e2e.run("stop", "--name", "e2e-orphan").awaitExit(EndToEnd.COMMAND_TIMEOUT))
        .isZero();
    assertThat(again.awaitExit(Duration.ofSeconds(30))).isZero();
    e2e.assertNothingLeft("e2e-orphan");
  }

  private static void awaitSocket(Path socket) throws InterruptedException {
    for (int i = 0; i < 600 && !java.nio.file.Files.exists(socket); i++) {
      Thread.sleep(50);
    }
    assertThat(socket).exists();
  }
}
