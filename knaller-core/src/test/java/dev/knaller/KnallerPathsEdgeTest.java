package dev.knaller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by a tester: the data directory's canonical form must not depend on how often it is made
 * canonical. A missing part followed by {@code ..} and a link leaves the link unresolved the first
 * time; {@code VmHost.at} resolving it again hides this from the CLI, not from a library caller
 * that builds {@code new KnallerPaths(...)} itself.
 */
class KnallerPathsEdgeTest {
  @TempDir Path dir;

  @Test
  void aLinkAfterAMissingPartAndDotDotIsResolved() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real/data"));
    Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));

    KnallerPaths paths = new KnallerPaths(dir.resolve("missing/../link/data"));

    assertThat(paths.dataDirectory()).isEqualTo(real.toRealPath());
  }

  @Test
  void makingCanonicalTwiceChangesNothing() throws Exception {
    Files.createDirectories(dir.resolve("real/data"));
    Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));

    KnallerPaths once = new KnallerPaths(dir.resolve("missing/../link/data"));
    KnallerPaths twice = new KnallerPaths(once.dataDirectory());

    assertThat(once.socketPath(new VmName("web"))).isEqualTo(twice.socketPath(new VmName("web")));
  }
}
