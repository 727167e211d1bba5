package dev.knaller.image;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** An exclusive lock on a file (fcntl), held while one image build runs; released on close. */
final class BuildLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private BuildLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock, or fails at once when another build holds it. */
  static BuildLock acquire(Path file) throws ImageException {
    try {
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        throw new ImageException(
            "another knaller image build is running (it holds "
                + file
                + "); wait for it to finish, then run the build again");
      }
      return new BuildLock(channel, lock);
    } catch (IOException e) {
      throw new ImageException("cannot lock " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws ImageException {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new ImageException("cannot release the build lock: " + e.getMessage(), e);
    }
  }
}
