package dev.knaller.vm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive claim on a VM name while its start runs: a lock on {@code vms/<name>.lock}. Two
 * starts of one name at once cannot both hold it, so exactly one goes on; the other fails at once
 * instead of waiting. The lock lives in the kernel and goes away with the process, so a start
 * killed by SIGKILL leaves no claim behind, only the file.
 *
 * <p>The holder deletes the file before releasing it. A start that opened the old file just before
 * and locks it afterwards would hold a lock on a deleted file while a third start locks a new one;
 * so after locking, the claim checks that the path still names the file it locked.
 */
final class NameClaim implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final long MAX_TOKEN = 1L << 30;

  // Claims held by this JVM. A second claim of one file must not even open it: closing that
  // second descriptor would silently drop the first claim's lock (POSIX locks belong to the
  // process, and the JDK cannot keep them apart).
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private NameClaim(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Claims {@code file}, or returns empty when another start holds it. */
  static Optional<NameClaim> tryClaim(Path file) throws IOException {
    Path key = file.toAbsolutePath().normalize();
    if (!HELD.add(key)) {
      return Optional.empty();
    }
    try {
      Optional<NameClaim> claim = lockFile(key);
      if (claim.isEmpty()) {
        HELD.remove(key);
      }
      return claim;
    } catch (IOException | RuntimeException e) {
      HELD.remove(key);
      throw e;
    }
  }

  private static Optional<NameClaim> lockFile(Path file) throws IOException {
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = tryLock(channel);
      if (lock != null && isStillAt(file, channel)) {
        return Optional.of(new NameClaim(file, channel, lock));
      }
      channel.close();
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Deletes the lock file and releases the lock; idempotent. */
  @Override
  public void close() throws IOException {
    if (!channel.isOpen()) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } finally {
      try {
        lock.release();
        channel.close();
      } finally {
        HELD.remove(file);
      }
    }
  }

  // Within one JVM the lock is per file, not per channel: a second channel gets an exception.
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  // The usual check compares fstat(fd) with stat(path), but Java cannot fstat a channel, and
  // opening the path again to read a token back would release the lock: POSIX record locks are
  // per process and file, and closing any descriptor of the file drops them. So the token is the
  // file's size, set through the locked channel (a sparse write, no data blocks to speak of) and
  // read back with stat(2), which opens nothing.
  private static boolean isStillAt(Path file, FileChannel channel) throws IOException {
    long token = 1 + RANDOM.nextLong(MAX_TOKEN);
    channel.truncate(0);
    channel.write(ByteBuffer.allocate(1), token - 1);
    try {
      return Files.size(file) == token && channel.size() == token;
    } catch (NoSuchFileException e) {
      return false;
    }
  }
}
