package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameClaimTest {
  @TempDir Path directory;

  @Test
  void aSecondClaimOfTheSameNameFailsWhileTheFirstIsHeld() throws Exception {
    Path file = directory.resolve("demo.lock");

    NameClaim first = NameClaim.tryClaim(file).orElseThrow();
    try {
      assertThat(NameClaim.tryClaim(file)).isEmpty();
    } finally {
      first.close();
    }
  }

  @Test
  void releasingDeletesTheFileAndFreesTheName() throws Exception {
    Path file = directory.resolve("demo.lock");

    NameClaim.tryClaim(file).orElseThrow().close();

    assertThat(file).doesNotExist();
    Optional<NameClaim> again = NameClaim.tryClaim(file);
    assertThat(again).isPresent();
    again.get().close();
  }

  @Test
  void closingTwiceIsHarmless() throws Exception {
    NameClaim claim = NameClaim.tryClaim(directory.resolve("demo.lock")).orElseThrow();

    claim.close();
    claim.close();

    assertThat(directory.resolve("demo.lock")).doesNotExist();
  }

  @Test
  void aRefusedSecondClaimInThisJvmKeepsTheFirstLockedForOtherProcesses() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/python3")), "needs python3 as the other process");
    Path file = directory.resolve("demo.lock");
    NameClaim first = NameClaim.tryClaim(file).orElseThrow();
    try {
      assertThat(NameClaim.tryClaim(file)).isEmpty();

      assertThat(otherProcessCanLock(file)).isFalse();
    } finally {
      first.close();
    }
  }

  // Another process asks for the same POSIX record lock Java's FileChannel.lock takes.
  private static boolean otherProcessCanLock(Path file) throws Exception {
    String probe =
        """
        import fcntl, sys
        f = open(sys.argv[1], 'w')
        try:
            fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            sys.exit(1)
        """;
    Process python = new ProcessBuilder("/usr/bin/python3", "-c", probe, file.toString()).start();
    assertThat(python.waitFor(20, TimeUnit.SECONDS)).isTrue();
    return python.exitValue() == 0;
  }
}
