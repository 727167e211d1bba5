package dev.knaller.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
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

  private static final System.Logger LOG = System.getLogger(HeldLocks.class.getName());

  private final Optional<Set<Long>> inodes; // empty: /proc/locks could not be read

  private HeldLocks(Optional<Set<Long>> inodes) {
    this.inodes = inodes;
  }

  /**
   * Reads {@code /proc/locks}. Where it cannot be read, every existing lock file counts as held: a
   * leftover then stays hidden, as before, rather than a start in progress being called dead.
   */
  static HeldLocks read() {
    return read(PROC_LOCKS);
  }

  static HeldLocks read(Path procLocks) {
    try {
      return parse(Files.readString(procLocks));
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "cannot read {0}: {1}", procLocks, e);
      return new HeldLocks(Optional.empty());
    }
  }

  static HeldLocks parse(String procLocks) {
    Set<Long> inodes = new HashSet<>();
    procLocks
        .lines()
        .filter(line -> !line.contains("->") && isRecordLock(line))
        .forEach(line -> addInode(line, inodes));
    return new HeldLocks(Optional.of(inodes));
  }

  /** True when some process holds a lock on {@code file}; false when it does not exist. */
  boolean isHeld(Path file) throws IOException {
    try {
      long inode = (Long) Files.getAttribute(file, "unix:ino", LinkOption.NOFOLLOW_LINKS);
      return inodes.map(held -> held.contains(inode)).orElse(true);
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  // The field "MAJOR:MINOR:INODE", major and minor in hex, the inode in decimal.
  // A claim is an fcntl record lock (FileChannel.tryLock): POSIX, or OFDLCK for open file
  // description locks. An flock(2) lock (FLOCK) does not conflict with it on Linux, so a file
  // someone else flock()s is not claimed; stop would take the name then, and so must list.
  private static boolean isRecordLock(String line) {
    String[] fields = line.strip().split("\\s+", -1);
    return fields.length > 1 && (fields[1].equals("POSIX") || fields[1].equals("OFDLCK"));
  }

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
