package dev.knaller.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessExitTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path dir;

  @Test
  void aZombieWhoseParentNeverReapsItHasEnded() throws Exception {
    // sh forks "sleep 0", then becomes "sleep 30", which never waits: the child stays a zombie.
    Process parent = new ProcessBuilder("sh", "-c", "sleep 0 & exec sleep 30").start();
    try {
      ProcessHandle zombie = awaitZombieChild(parent.toHandle());

      assertThat(zombie.isAlive()).as("the JDK's view, the reason for ProcessExit").isTrue();
      assertThat(ProcessExit.hasEnded(zombie)).isTrue();
      assertThat(ProcessExit.await(zombie, WAIT)).isTrue();
      assertThat(ProcessStopper.awaitExit(zombie, WAIT)).isTrue();
      assertThat(ProcessStopper.stop(zombie, WAIT, WAIT)).isEqualTo(StopOutcome.ALREADY_EXITED);
    } finally {
      parent.destroyForcibly();
      parent.waitFor();
    }
  }

  @Test
  void aRunningProcessHasNotEndedAndTheWaitRunsOut() throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "30").start();
    try {
      assertThat(ProcessExit.hasEnded(sleeper.toHandle())).isFalse();
      assertThat(ProcessExit.await(sleeper.toHandle(), Duration.ofMillis(50))).isFalse();
    } finally {
      sleeper.destroyForcibly();
      sleeper.waitFor();
    }
    assertThat(ProcessExit.await(sleeper.toHandle(), WAIT)).isTrue();
  }

  @Test
  void theStateIsTheFieldAfterTheLastParenthesisOfTheName() throws Exception {
    writeStat(7, "7 (a) R (b) S 1 7 7 0");
    writeStat(8, "8 (x) Z) Z 1 8 8 0");
    writeStat(9, "9 (sh) S 1 9 9 0");

    assertThat(ProcessExit.isZombie(dir, 7)).isFalse();
    assertThat(ProcessExit.isZombie(dir, 8)).isTrue();
    assertThat(ProcessExit.isZombie(dir, 9)).isFalse();
    assertThat(ProcessExit.isZombie(dir, 10)).as("no such process directory").isFalse();
  }

  private void writeStat(long pid, String stat) throws Exception {
    Files.writeString(
        Files.createDirectories(dir.resolve(Long.toString(pid))).resolve("stat"), stat);
  }

  private static ProcessHandle awaitZombieChild(ProcessHandle parent) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<ProcessHandle> zombie =
          parent.children().filter(c -> ProcessExit.isZombie(Path.of("/proc"), c.pid())).findAny();
      if (zombie.isPresent()) {
        return zombie.get();
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no zombie child of " + parent.pid() + " within " + WAIT);
  }
}
