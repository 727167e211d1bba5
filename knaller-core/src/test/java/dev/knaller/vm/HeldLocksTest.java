package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeldLocksTest {
  @TempDir Path dir;

  @Test
  void aLockThisProcessHoldsShowsInProcLocksAndGoesWithIt() throws Exception {
    Path file = Files.writeString(dir.resolve("web.lock"), "");
    Path other = Files.writeString(dir.resolve("db.lock"), "");
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      FileLock lock = channel.lock();

      assertThat(HeldLocks.read().isHeld(file)).isTrue();
      assertThat(HeldLocks.read().isHeld(other)).isFalse();
      lock.release();
      assertThat(HeldLocks.read().isHeld(file)).isFalse();
    }
    assertThat(HeldLocks.read().isHeld(dir.resolve("missing.lock"))).isFalse();
  }

  @Test
  void onlyHoldersCountNotWaiters() throws Exception {
    Path file = Files.writeString(dir.resolve("web.lock"), "");
    long inode = (Long) Files.getAttribute(file, "unix:ino");
    String waiter = "1: -> POSIX  ADVISORY  WRITE 4712 fd:01:" + inode + " 0 EOF\n";
    String holder = "2: POSIX  ADVISORY  WRITE 4711 fd:01:" + inode + " 0 EOF\n";
    String unrelated = "3: FLOCK  ADVISORY  WRITE 99 00:1a:" + (inode + 1) + " 0 EOF\n";

    assertThat(HeldLocks.parse(waiter + unrelated).isHeld(file)).isFalse();
    assertThat(HeldLocks.parse(unrelated + holder + waiter).isHeld(file)).isTrue();
  }

  @Test
  void withoutProcLocksEveryExistingLockFileCountsAsHeld() throws Exception {
    Path file = Files.writeString(dir.resolve("web.lock"), "");
    HeldLocks unknown = HeldLocks.read(dir.resolve("no-proc-locks"));

    assertThat(unknown.isHeld(file)).isTrue();
    assertThat(unknown.isHeld(dir.resolve("missing.lock"))).isFalse();
  }
}
