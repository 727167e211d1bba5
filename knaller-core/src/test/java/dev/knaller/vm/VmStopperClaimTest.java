package dev.knaller.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knaller.KnallerException;
import dev.knaller.KnallerPaths;
import dev.knaller.VmName;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VmStopperClaimTest {
  @TempDir Path data;

  @Test
  void aStopWhileAnotherProcessHoldsTheClaimSaysStartedOrStopped() throws Exception {
    KnallerPaths paths = new KnallerPaths(data);
    VmLayout layout = new VmLayout(paths, new VmName("same"));
    Files.createDirectories(paths.socketsDirectory());
    Files.createDirectories(paths.vmsDirectory());
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(layout.socket()));
    }

    NameClaim held = NameClaim.tryClaim(layout.claimFile()).orElseThrow();
    try {
      assertThatThrownBy(() -> new VmStopper(paths, Duration.ofSeconds(1)).stop("same"))
          .isInstanceOf(KnallerException.class)
          .hasMessage(
              "vm same is being started or stopped by another knaller process right now; try"
                  + " again once it has finished");
    } finally {
      held.close();
    }
    assertThat(layout.socket()).exists();
  }
}
