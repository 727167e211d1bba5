package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knaller.KnallerException;
import dev.knaller.KnallerPaths;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files in the socket directory that are not Firecracker sockets of ours: listed never, kept. */
class SocketJunkTest {
  @TempDir Path data;
  private KnallerPaths paths;
  private Path sockets;

  @BeforeEach
  void prepare() throws Exception {
    paths = new KnallerPaths(data);
    sockets = Files.createDirectories(paths.socketsDirectory());
  }

  @Test
  void listSkipsEverythingThatIsNotASocketFile() throws Exception {
    Files.writeString(sockets.resolve("file.socket"), "junk");
    Files.createDirectory(sockets.resolve("dir.socket"));
    new ProcessBuilder("mkfifo", sockets.resolve("fifo.socket").toString()).start().waitFor();
    Files.createSymbolicLink(sockets.resolve("link.socket"), data.resolve("nowhere"));

    assertThat(new VmLister(paths, Duration.ofSeconds(1)).list()).isEmpty();
  }

  @Test
  void aStaleSocketFileIsStillListedAsDead() throws Exception {
    Path socket = sockets.resolve("stale.socket");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
    }

    assertThat(new VmLister(paths, Duration.ofSeconds(1)).list())
        .singleElement()
        .satisfies(vm -> assertThat(vm.name()).isEqualTo("stale"));
  }

  @Test
  void stopLeavesARegularFileAlone() throws Exception {
    Path junk = Files.writeString(sockets.resolve("junk.socket"), "junk");

    assertThatThrownBy(() -> stopper().stop("junk"))
        .isInstanceOf(KnallerException.class)
        .hasMessageContaining("is a regular file, not a socket file")
        .hasMessageContaining("knaller leaves it alone");
    assertThat(junk).exists();
  }

  @Test
  void stopLeavesAnEmptyDirectoryAndADanglingLinkAlone() throws Exception {
    Path directory = Files.createDirectory(sockets.resolve("dir.socket"));
    Path link = Files.createSymbolicLink(sockets.resolve("link.socket"), data.resolve("nowhere"));

    assertThatThrownBy(() -> stopper().stop("dir")).hasMessageContaining("is a directory");
    assertThatThrownBy(() -> stopper().stop("link")).hasMessageContaining("is a symbolic link");
    assertThat(directory).isDirectory();
    assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isTrue();
  }

  @Test
  void stopNeverRemovesASocketServedBySomethingElse() throws Exception {
    Path socket = sockets.resolve("foreign.socket");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));

      assertThatThrownBy(() -> stopper().stop("foreign"))
          .isInstanceOf(KnallerException.class)
          .hasMessageContaining("no Firecracker of knaller's serves it");
      assertThat(socket).exists();
    } finally {
      Files.deleteIfExists(socket);
    }
  }

  @Test
  void stopStillCleansUpAStaleSocketNobodyServes() throws Exception {
    Path socket = sockets.resolve("stale.socket");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
    }

    stopper().stop("stale");

    assertThat(socket).doesNotExist();
  }

  private VmStopper stopper() {
    return new VmStopper(paths, Duration.ofSeconds(1));
  }
}
