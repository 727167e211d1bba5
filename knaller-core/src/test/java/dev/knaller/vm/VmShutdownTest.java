package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.KnallerPaths;
import dev.knaller.VmName;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class VmShutdownTest {
  @TempDir Path data;

  // A process standing in for a Firecracker whose API does not answer (no socket at all here):
  // Ctrl+Alt+Del cannot reach it, so waiting the grace for it to exit would only lose time. The
  // grace is ten minutes and the timeout one: the stop must go straight to SIGTERM.
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aFirecrackerThatCannotTakeCtrlAltDelIsSignalledWithoutWaitingTheGrace() throws Exception {
    Process standIn = new ProcessBuilder("sleep", "600").start();
    VmLayout layout = new VmLayout(new KnallerPaths(data), new VmName("web"));
    try {
      VmShutdown.stop(layout, standIn.toHandle(), Optional.empty(), Duration.ofMinutes(10));

      assertThat(standIn.waitFor(5, TimeUnit.SECONDS)).isTrue();
      assertThat(standIn.exitValue()).as("ended by SIGTERM").isEqualTo(143);
    } finally {
      standIn.destroyForcibly();
    }
  }
}
