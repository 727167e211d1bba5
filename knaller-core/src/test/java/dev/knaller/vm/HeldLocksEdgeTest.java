package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by a tester: a name's claim is a POSIX record lock (FileChannel.tryLock is fcntl), which a
 * flock(2) lock does not conflict with on Linux. So {@code stop --name} takes the claim and removes
 * a directory whose lock file an unrelated {@code flock} holds, while {@code list} counts that
 * FLOCK line as a claim and hides the same directory. The two must agree.
 */
class HeldLocksEdgeTest {
  @TempDir Path dir;

  @Test
  void anFlockLockIsNotAClaim() throws Exception {
    Path file = Files.writeString(dir.resolve("web.lock"), "");
    long inode = (Long) Files.getAttribute(file, "unix:ino");
    String flock = "1: FLOCK  ADVISORY  WRITE 4711 fe:00:" + inode + " 0 EOF\n";

    assertThat(HeldLocks.parse(flock).isHeld(file)).isFalse();
  }
}
