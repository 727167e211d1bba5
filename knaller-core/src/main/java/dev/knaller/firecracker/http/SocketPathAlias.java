package dev.knaller.firecracker.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A path the JDK can dial for a socket whose own path it refuses.
 *
 * <p>{@code sun_path} holds 108 bytes and Firecracker binds paths of up to 107, but the JDK refuses
 * anything longer than 106 ("Unix domain path too long"). For those the client dials a short
 * symlink to the socket in the temp directory: connect(2) follows symlinks, and the link can go as
 * soon as the connection is made.
 */
final class SocketPathAlias implements AutoCloseable {
  /** The longest socket path the JDK connects to directly. */
  static final int JDK_MAX_PATH_BYTES = 106;

  private final Path dialled;
  private final boolean temporary;

  private SocketPathAlias(Path dialled, boolean temporary) {
    this.dialled = dialled;
    this.temporary = temporary;
  }

  /** {@code socket} itself when the JDK takes it, else a fresh short symlink to it. */
  static SocketPathAlias of(Path socket) throws IOException {
    if (bytes(socket) <= JDK_MAX_PATH_BYTES) {
      return new SocketPathAlias(socket, false);
    }
    Path link = createLink(socket.toAbsolutePath());
    if (bytes(link) > JDK_MAX_PATH_BYTES) {
      Files.deleteIfExists(link);
      throw new IOException(
          "cannot dial "
              + socket
              + ": the JDK takes at most "
              + JDK_MAX_PATH_BYTES
              + " bytes and the temp directory is too long for a short link; set"
              + " -Djava.io.tmpdir to a short directory or use a shorter socket path");
    }
    return new SocketPathAlias(link, true);
  }

  /** The path to hand to connect(2). */
  Path dialled() {
    return dialled;
  }

  @Override
  public void close() throws IOException {
    if (temporary) {
      Files.deleteIfExists(dialled);
    }
  }

  private static Path createLink(Path target) throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    for (int attempt = 0; ; attempt++) {
      // No SecureRandom: its seeding would cost a cold CLI start; /tmp's sticky bit guards the
      // link.
      int name = ThreadLocalRandom.current().nextInt();
      Path link = tmp.resolve("kn-" + Integer.toHexString(name));
      try {
        return Files.createSymbolicLink(link, target);
      } catch (FileAlreadyExistsException taken) {
        if (attempt == 100) {
          throw taken;
        }
      }
    }
  }

  private static int bytes(Path path) {
    return path.toString().getBytes(StandardCharsets.UTF_8).length;
  }
}
