package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knaller.KnallerPaths;
import dev.knaller.VmInfo;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link VmLister#list} sorts by name, not by socket path: "web-1.socket" ('-' is 0x2D) would come
 * before "web.socket" ('.' is 0x2E), but "web", a prefix of "web-1", comes first.
 */
class ListOrderTest {
  @TempDir Path dir;

  @Test
  void vmsAreListedInNameOrder() throws Exception {
    KnallerPaths paths = new KnallerPaths(dir);
    Files.createDirectories(paths.socketsDirectory());
    // Stale sockets (bound, then closed: the file stays) are listed as dead VMs.
    for (String name : new String[] {"web-1", "web"}) {
      try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
        server.bind(UnixDomainSocketAddress.of(paths.socketsDirectory().resolve(name + ".socket")));
      }
    }

    assertThat(new VmLister(paths, Duration.ofSeconds(1)).list())
        .extracting(VmInfo::name)
        .containsExactly("web", "web-1");
  }
}
