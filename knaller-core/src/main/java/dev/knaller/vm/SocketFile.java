package dev.knaller.vm;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What sits at a VM's socket path. Only a Unix socket file can be a VM's API socket; anything else
 * there (a regular file, a directory, a FIFO, a symbolic link) was put there by someone else, and
 * knaller neither lists it as a VM nor deletes it.
 */
final class SocketFile {
  // The file-type bits of st_mode, as stat(2) reports them in "unix:mode".
  private static final int TYPE_MASK = 0170000;
  private static final int SOCKET = 0140000;

  private SocketFile() {}

  /** True when {@code path} itself (not a link's target) is a Unix socket file. */
  static boolean isSocket(Path path) throws IOException {
    return type(path).orElse(0) == SOCKET;
  }

  /** What {@code path} is when it exists but is not a socket file, e.g. "a directory". */
  static Optional<String> otherThanSocket(Path path) throws IOException {
    return type(path).filter(type -> type != SOCKET).map(SocketFile::describe);
  }

  /** True when something accepts connections on the socket file {@code path}. */
  static boolean hasListener(Path path) {
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(path));
      return true;
    } catch (IOException e) {
      // Refused (nobody listens), missing, or not ours to reach: no listener we could talk to.
      return false;
    }
  }

  /**
   * {@link #hasListener(Path)} within {@code timeout}. A connect to a Unix socket blocks while the
   * listener's backlog is full (a frozen server), so a connect still pending then counts as a
   * listener.
   */
  static boolean hasListener(Path path, Duration timeout) throws InterruptedException {
    FutureTask<Boolean> task = new FutureTask<>(() -> hasListener(path));
    // A platform daemon thread: see VmLister for why not a virtual one.
    Thread.ofPlatform().daemon().name("knaller-connect-" + path.getFileName()).start(task);
    try {
      return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true); // closes the interruptible channel, ending the connect
      return true;
    } catch (ExecutionException e) {
      return false;
    }
  }

  /** The refusal for a path that holds something other than a VM's socket. */
  static String leftAlone(String name, Path path, String what) {
    return "vm "
        + name
        + ": "
        + path
        + " is "
        + what
        + ", not a socket file, so no VM of knaller's; knaller leaves it alone (remove it"
        + " yourself if it is yours, or use another name)";
  }

  private static Optional<Integer> type(Path path) throws IOException {
    try {
      int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      return Optional.of(mode & TYPE_MASK);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  private static String describe(int type) {
    return switch (type) {
      case 0100000 -> "a regular file";
      case 0040000 -> "a directory";
      case 0010000 -> "a FIFO";
      case 0120000 -> "a symbolic link";
      case 0020000, 0060000 -> "a device file";
      default -> "a file of type " + Integer.toOctalString(type);
    };
  }
}
