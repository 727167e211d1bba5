package dev.knaller.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The files some live process holds a lock on, from {@code /proc/locks}, read without taking any
 * lock. Taking one to test a claim would be a write in disguise: a start whose {@code tryLock} came
 * while {@code list} held the lock would fail as if another start held the name.
 *
 * <p>A line reads {@code 1: POSIX ADVISORY WRITE 4711 fd:01:1234567 0 EOF}; a waiter's line has
 * {@code ->} after the number and holds nothing. Files are matched by inode number alone: the
 * device in {@code /proc/locks} is the superblock's, which is not {@code st_dev} on btrfs
 * subvolumes or overlayfs. Another locked file with the same inode number elsewhere makes a claim
 * look held, which only hides a leftover, never lists a start in progress as dead.
 */
final class HeldLocks {
  private static final Path PROC_LOCKS = Path.of("/proc/locks");

  private final Set<Long> inodes;

  private HeldLocks(Set<Long> inodes) {
    this.inodes = inodes;
  }

  static HeldLocks read() throws IOException {
    return parse(Files.readString(PROC_LOCKS));
  }

  static HeldLocks parse(String procLocks) {
    Set<Long> inodes = new HashSet<>();
    procLocks.lines().filter(line -> !line.contains("->")).forEach(line -> addInode(line, inodes));
    return new HeldLocks(inodes);
  }

  /** True when some process holds a lock on {@code file}; false when it does not exist. */
  boolean isHeld(Path file) throws IOException {
    try {
      long inode = (Long) Files.getAttribute(file, "unix:ino", LinkOption.NOFOLLOW_LINKS);
      return inodes.contains(inode);
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  // The field "MAJOR:MINOR:INODE", major and minor in hex, the inode in decimal.
  private static void addInode(String line, Set<Long> inodes) {
    for (String field : line.strip().split("\\s+", -1)) {
      String[] parts = field.split(":", -1);
      if (parts.length == 3
          && !parts[2].isEmpty()
          && parts[2].chars().allMatch(Character::isDigit)) {
        inodes.add(Long.parseUnsignedLong(parts[2]));
      }
    }
  }
}
