package dev.knaller.emulator.http;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Binds a listening Unix socket at a path like Rust's {@code UnixListener::bind}: no unlink first,
 * and any path up to the kernel's 107 bytes.
 *
 * <p>The JDK refuses paths of 107 bytes although {@code sun_path} holds them (it wants one spare
 * byte). For those the socket is bound through a short symlink to the parent directory: the kernel
 * resolves the link, so the socket file lands at the requested path under its own name.
 */
public final class UnixSocketBinder {
  /** The longest path the JDK binds or connects to directly. */
  public static final int JDK_MAX_PATH_BYTES = 106;

  private static final SecureRandom RANDOM = new SecureRandom();

  private UnixSocketBinder() {}

  public static ServerSocketChannel bind(Path path) throws IOException {
    if (path.toString().getBytes(StandardCharsets.UTF_8).length <= JDK_MAX_PATH_BYTES) {
      return bindDirectly(path);
    }
    Path parent = path.toAbsolutePath().getParent();
    Path alias = shortLinkTo(parent);
    try {
      return bindDirectly(alias.resolve(path.getFileName()));
    } finally {
      Files.deleteIfExists(alias);
    }
  }

  /** A symlink with a short name in the temp directory, e.g. {@code /tmp/kn-1a2b3c4d}. */
  private static Path shortLinkTo(Path target) throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    for (int attempt = 0; ; attempt++) {
      Path link = tmp.resolve("kn-" + Integer.toHexString(RANDOM.nextInt()));
      try {
        return Files.createSymbolicLink(link, target);
      } catch (FileAlreadyExistsException taken) {
        if (attempt == 100) {
          throw taken;
        }
      }
    }
  }

  private static ServerSocketChannel bindDirectly(Path path) throws IOException {
    var channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      channel.bind(UnixDomainSocketAddress.of(path));
      return channel;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }
}
