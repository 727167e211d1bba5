package dev.knaller.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessCommandRunnerTest {
  private final CommandRunner runner = CommandRunner.system();

  @Test
  void capturesExitCodeAndBothStreams() throws Exception {
    CommandResult result =
        runner.run(List.of("sh", "-c", "echo out; echo err >&2; exit 4"), Duration.ofSeconds(20));

    assertThat(result).isEqualTo(new CommandResult(4, "out\n", "err\n"));
    assertThat(result.succeeded()).isFalse();
  }

  @Test
  void aCommandPastItsTimeoutIsKilledAndReported() {
    assertThatThrownBy(() -> runner.run(List.of("sleep", "30"), Duration.ofMillis(200)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("sleep 30 did not finish within");
  }
}
