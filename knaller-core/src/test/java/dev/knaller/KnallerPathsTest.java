package dev.knaller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnallerPathsTest {
  private static final KnallerPaths ALICE =
      KnallerPaths.fromEnvironment(Map.of("HOME", "/home/alice"), "/unused");

  @Test
  void dataDirectoryDefaultsToLocalShareUnderHome() {
    assertThat(ALICE.dataDirectory()).isEqualTo(Path.of("/home/alice/.local/share/knaller"));
  }

  @Test
  void absoluteXdgDataHomeWins() {
    KnallerPaths paths =
        KnallerPaths.fromEnvironment(Map.of("HOME", "/home/alice", "XDG_DATA_HOME", "/d"), "/x");

    assertThat(paths.dataDirectory()).isEqualTo(Path.of("/d/knaller"));
  }

  @Test
  void relativeOrEmptyXdgDataHomeIsIgnoredAsTheSpecSays() {
    for (String xdg : new String[] {"", "relative/dir"}) {
      KnallerPaths paths =
          KnallerPaths.fromEnvironment(Map.of("HOME", "/home/alice", "XDG_DATA_HOME", xdg), "/x");
      assertThat(paths).isEqualTo(ALICE);
    }
  }

  @Test
  void missingHomeFallsBackToTheGivenHome() {
    assertThat(KnallerPaths.fromEnvironment(Map.of(), "/home/bob").dataDirectory())
        .isEqualTo(Path.of("/home/bob/.local/share/knaller"));
  }

  @Test
  void layoutFollowsTheDesign() {
    VmName web = new VmName("web");

    assertThat(ALICE.socketPath(web))
        .isEqualTo(Path.of("/home/alice/.local/share/knaller/sockets/web.socket"));
    assertThat(ALICE.vmDirectory(web))
        .isEqualTo(Path.of("/home/alice/.local/share/knaller/vms/web"));
    assertThat(ALICE.defaultImageDirectory())
        .isEqualTo(Path.of("/home/alice/.local/share/knaller/images/default"));
    assertThat(ALICE.sshDirectory()).isEqualTo(Path.of("/home/alice/.local/share/knaller/ssh"));
    assertThat(ALICE.sshPrivateKey())
        .isEqualTo(Path.of("/home/alice/.local/share/knaller/ssh/id_ed25519"));
    assertThat(ALICE.rootfsCopy(web))
        .isEqualTo(Path.of("/home/alice/.local/share/knaller/vms/web/rootfs.ext4"));
    assertThat(ALICE.consoleLog(web))
        .isEqualTo(Path.of("/home/alice/.local/share/knaller/vms/web/console.log"));
  }

  @Test
  void nameOfSocketAcceptsOnlyValidNames() {
    assertThat(ALICE.nameOfSocket(Path.of("/s/web-1.socket"))).contains(new VmName("web-1"));
    assertThat(ALICE.nameOfSocket(Path.of("/s/Web.socket"))).isEmpty();
    assertThat(ALICE.nameOfSocket(Path.of("/s/web.sock"))).isEmpty();
    assertThat(ALICE.nameOfSocket(Path.of("/s/.socket"))).isEmpty();
  }

  // B01: for HOME=/home/alice the directory part is 41 bytes and the suffix 7.
  @Test
  void socketPathOfAliceHasFortyEightBytesAroundTheName() {
    VmName name = new VmName("a".repeat(32));

    assertThat(ALICE.socketPathBytes(name)).isEqualTo(41 + 32 + 7);
    assertThat(ALICE.socketPathProblem(name)).isEmpty();
  }

  @Test
  void socketPathOfExactly107BytesFitsAnd108IsRefusedWithBothNumbers() throws Exception {
    // A 39-byte home gives a 69-byte directory part: a 32-byte name makes 108 with ".socket".
    KnallerPaths paths =
        KnallerPaths.fromEnvironment(Map.of("HOME", "/home/" + "h".repeat(33)), "/x");
    int directoryBytes = paths.socketsDirectory().toString().length() + 1;
    assertThat(directoryBytes).isEqualTo(69);
    VmName fits = new VmName("a".repeat(107 - 7 - directoryBytes));
    VmName tooLong = new VmName("a".repeat(108 - 7 - directoryBytes));

    assertThat(paths.socketPathBytes(fits)).isEqualTo(107);
    paths.requireSocketPathFits(fits);
    assertThat(paths.socketPathBytes(tooLong)).isEqualTo(108);
    assertThatThrownBy(() -> paths.requireSocketPathFits(tooLong))
        .isInstanceOf(KnallerException.class)
        .hasMessageContaining("is 108 bytes long")
        .hasMessageContaining("at most 107 bytes")
        .hasMessageContaining("XDG_DATA_HOME")
        .hasMessageContaining("at most " + fits.value().length() + " characters");
  }

  // B01: a CI-style home has a 75-byte directory part, which leaves 25 bytes for the name.
  @Test
  void ciStyleHomeLimitsNamesToTwentyFiveBytes() {
    KnallerPaths paths =
        KnallerPaths.fromEnvironment(
            Map.of("HOME", "/home/runner/work/_temp/source-bootstrap-home"), "/x");

    assertThat(paths.socketPathProblem(new VmName("a".repeat(25)))).isEmpty();
    assertThat(paths.socketPathProblem(new VmName("a".repeat(26))))
        .hasValueSatisfying(m -> assertThat(m).contains("108 bytes", "at most 25 characters"));
  }

  @Test
  void bytesAreCountedInUtf8NotCharacters() {
    KnallerPaths paths =
        KnallerPaths.fromEnvironment(Map.of("HOME", "/home/" + "ü".repeat(30)), "/x");
    VmName name = new VmName("web");

    assertThat(paths.socketPathBytes(name))
        .isEqualTo(paths.socketPath(name).toString().length() + 30);
  }

  @Test
  void aLinkInTheExistingPartIsResolvedAndTheMissingRestAppended(@TempDir Path dir)
      throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);

    assertThat(new KnallerPaths(link.resolve("knaller")).dataDirectory())
        .isEqualTo(real.toRealPath().resolve("knaller"));
    assertThat(new KnallerPaths(link.resolve("knaller/x/..")).dataDirectory())
        .isEqualTo(real.toRealPath().resolve("knaller"));
    assertThat(KnallerPaths.fromEnvironment(Map.of("XDG_DATA_HOME", link.toString()), "/x"))
        .isEqualTo(new KnallerPaths(real.resolve("knaller")));
  }

  // The kernel resolves ".." after a link from the link's target, not lexically.
  @Test
  void dotDotAfterALinkLeadsWhereTheKernelGoes(@TempDir Path dir) throws Exception {
    Path target = Files.createDirectories(dir.resolve("a/b"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), target);

    assertThat(new KnallerPaths(link.resolve("../knaller")).dataDirectory())
        .isEqualTo(dir.toRealPath().resolve("a/knaller"));
  }

  // Firecracker binds the real path, so a short link to a long directory does not make it fit.
  @Test
  void theSocketPathIsMeasuredAlongTheRealPath(@TempDir Path dir) throws Exception {
    Path deep = Files.createDirectories(dir.resolve("d".repeat(100)));
    Path link = Files.createSymbolicLink(dir.resolve("l"), deep);
    KnallerPaths paths = new KnallerPaths(link);
    VmName web = new VmName("web");
    String real = deep.toRealPath().toString();

    assertThat(paths.socketPath(web)).isEqualTo(Path.of(real, "sockets/web.socket"));
    assertThat(paths.socketPathProblem(web))
        .hasValueSatisfying(m -> assertThat(m).contains(real, "real path"));
  }
}
